// Production. Province principals are added here, one line per province group, reviewed like code.
using '../main.bicep'

param environmentName = 'prod'
param storageSkuName = 'Standard_ZRS'
param versionRetentionDays = 90
param logRetentionDays = 90
param logDailyQuotaGb = 2

// The contact point in the catalogue files (dcat.jsonld, schema-org.jsonld) of every release, which never change
// once published: the organisation's functional address, not a person's. The deployment fails on this placeholder
// (any address on .invalid, example.org, example.com or example.net): replace it before the first deployment.
param catalogContactEmail = 'opendata@replace-before-deploying.invalid'
param provinceUploaders = [
  // { provinceCode: 'PV20', principalId: '<object id of the PV20 uploaders group>', principalType: 'Group' }
]

// Operators who may run the recovery steps of docs/operators.md on the data account (infra/README.md).
param operatorPrincipalIds = [
  // '<object id of the Regioscan operators group>'
]

// Who gets an e-mail when an alert fires: a message on a poison queue, a failed function, an error in the log
// (docs/operators.md, "Alerts"). Empty: the alerts show in the Azure portal only.
param alertEmailAddresses = [
  // '<operators team mailbox>'
]
