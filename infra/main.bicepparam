// Example parameters: a test environment with one province uploader.
// Deploy: az deployment group create -g <resource group> -f infra/main.bicep -p infra/main.bicepparam
// (the pipelines use environments/test.bicepparam and environments/prod.bicepparam).
using 'main.bicep'

param environmentName = 'test'
param namePrefix = 'regioscan'
param location = 'westeurope'

// One entry per province principal (object id of a Microsoft Entra group, user or service principal:
// az ad group show --group "Regioscan PV20 Groningen" --query id -o tsv).
param provinceUploaders = [
  {
    provinceCode: 'PV20'
    principalId: '11111111-2222-3333-4444-555555555555'
    principalType: 'Group'
  }
]

param storageSkuName = 'Standard_LRS'
param versionRetentionDays = 30
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
param logRetentionDays = 30
param logDailyQuotaGb = 1
param publisherLockWait = '00:02:00'
param publisherTimeout = '00:30:00'
param validationMaxFileBytes = 104857600

// The contact point in the catalogue files (dcat.jsonld, schema-org.jsonld) of every release, which never change
// once published: the organisation's functional address, not a person's. The deployment fails on this placeholder
// (any address on .invalid, example.org, example.com or example.net): replace it before the first deployment.
param catalogContactEmail = 'opendata@replace-before-deploying.invalid'
// Any other app setting (docs/operators.md lists them); settings made outside the template are replaced by the
// next deployment.
param extraAppSettings = {
  Regioscan__Validation__MaxRows: '5000000'
}
param tags = {
  owner: 'regioscan-operators'
}
