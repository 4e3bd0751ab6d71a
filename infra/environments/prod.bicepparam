// Production. Province principals are added here, one line per province group, reviewed like code.
using '../main.bicep'

param environmentName = 'prod'
param storageSkuName = 'Standard_ZRS'
param versionRetentionDays = 90
param logRetentionDays = 90
param logDailyQuotaGb = 2
param provinceUploaders = [
  // { provinceCode: 'PV20', principalId: '<object id of the PV20 uploaders group>', principalType: 'Group' }
]
