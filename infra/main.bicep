// RegioscanPipeline on Azure: one resource group holds the function app (Flex Consumption, .NET 10
// isolated), its identity, three storage accounts (host, private data, public releases), Event Grid
// on the data account, and monitoring. infra/README.md explains every piece; infra/scripts/deploy.sh
// deploys it all, including the code and the Event Grid subscription.

targetScope = 'resourceGroup'

import { provinceUploader } from 'types.bicep'

@description('Azure region of every resource; Flex Consumption must be available there (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('Environment name; part of every resource name and tag.')
@allowed([
  'dev'
  'test'
  'prod'
])
param environmentName string

@description('Short lowercase name that starts every resource name.')
@minLength(3)
@maxLength(12)
param namePrefix string = 'regioscan'

@description('Who uploads for which province: each principal may read, write and delete blobs under uploads/<provinceCode>/ only.')
param provinceUploaders provinceUploader[] = []

@description('Object ids of the operators (users or, easier to manage, a group) who get Storage Blob Data Contributor and Storage Queue Data Contributor on the private data account, for the recovery steps of docs/operators.md; the account accepts no shared key.')
param operatorPrincipalIds string[] = []

@description('Redundancy of the data and public accounts: Standard_LRS (cheapest), Standard_ZRS (survives a zone outage) or Standard_GRS / Standard_GZRS (a copy in the paired region).')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Days that previous blob versions and soft-deleted blobs and containers are kept.')
@minValue(1)
@maxValue(365)
param versionRetentionDays int = 30

@description('Origins allowed to fetch public releases from a browser (CORS).')
param publicCorsOrigins string[] = [
  '*'
]

@description('Most function app instances (Flex Consumption scales out up to this number).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of one function app instance in MB; 2048 fits a validation of the largest accepted upload.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Days that Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Daily Log Analytics ingestion cap in GB (-1: no cap); caps the monitoring bill if something starts logging in a loop.')
param logDailyQuotaGb int = 1

@description('E-mail addresses (an operators\' team mailbox) notified when an alert fires: a message on a poison queue, a failed function execution, an error logged by the app (docs/operators.md, "Alerts"). Empty: the alerts fire in the Azure portal but notify nobody.')
param alertEmailAddresses string[] = []

@description('Regioscan__Publisher__LockWait: how long a publish waits for another to finish (d.hh:mm:ss).')
param publisherLockWait string = '00:02:00'

@description('Regioscan__Publisher__Timeout: upper bound of one publish (d.hh:mm:ss).')
param publisherTimeout string = '00:30:00'

@description('Regioscan__Validation__MaxFileBytes: largest accepted upload in bytes.')
@minValue(1)
param validationMaxFileBytes int = 104857600

@description('Regioscan__Catalog__ContactEmail: functional e-mail address (a desk, not a person) of the contact point in every release\'s dcat.jsonld and schema-org.jsonld, which never change once published. No default: each environment\'s parameter file sets it. An address on example.org, example.com, example.net or under .example or .invalid fails the deployment.')
@minLength(3)
param catalogContactEmail string

@description('Regioscan__Catalog__BaseUrl: the URL above the releases container, for the download links in the catalogue files. Empty: the public account\'s blob endpoint (https://<public account>.blob.core.windows.net/); set it for a CDN or custom domain in front of that account.')
param catalogBaseUrl string = ''

@description('Regioscan__Catalog__PublisherName: the organisation that publishes the dataset.')
param catalogPublisherName string = 'Regioscan Digitalisering MKB'

@description('Regioscan__Catalog__PublisherUri: URI of the publisher, preferably from the TOOI register; empty for none.')
param catalogPublisherUri string = ''

@description('Regioscan__Catalog__ContactName: name of the contact point (a desk or team, not a person).')
param catalogContactName string = 'Regioscan Digitalisering MKB, open data'

@description('Regioscan__Catalog__License: licence of every file; DCAT-AP-NL requires a Creative Commons licence.')
param catalogLicense string = 'http://creativecommons.org/licenses/by/4.0/'

@description('Regioscan__Catalog__Theme: dcat:theme, a concept of the EU Data Theme vocabulary.')
param catalogTheme string = 'http://publications.europa.eu/resource/authority/data-theme/ECON'

@description('Further app settings, name to value, e.g. { Regioscan__Validation__MaxRows: \'1000000\' }. Every deployment replaces the app\'s whole list of settings, so a setting made outside this template (az functionapp config appsettings set, the portal) is gone after the next one: put it here. A name here wins over the same setting made from a parameter above.')
param extraAppSettings { *: string } = {}

@description('Tags added to every resource.')
param tags object = {}

var allTags = union(tags, {
  application: 'regioscan'
  environment: environmentName
})

// Globally unique names: storage accounts take 3-24 lowercase letters and digits.
var suffix = uniqueString(subscription().id, resourceGroup().id, namePrefix, environmentName)
var compactPrefix = take(toLower(replace(namePrefix, '-', '')), 9)
var baseName = '${namePrefix}-${environmentName}'
var names = {
  identity: 'id-${baseName}'
  workspace: 'log-${baseName}'
  appInsights: 'appi-${baseName}'
  plan: 'plan-${baseName}'
  app: 'func-${baseName}-${take(suffix, 6)}'
  hostStorage: take('${compactPrefix}host${suffix}', 24)
  dataStorage: take('${compactPrefix}data${suffix}', 24)
  publicStorage: take('${compactPrefix}pub${suffix}', 24)
  systemTopic: 'evgt-${baseName}-uploads'
}

// Domains reserved for examples (RFC 2606), the same list src/Regioscan.Functions/CatalogSettingsPrecondition.cs
// refuses to publish with: a contact address on one of them fails the deployment before any release could carry it.
var placeholderDomains = [
  'example.org'
  'example.com'
  'example.net'
  'example'
  'invalid'
]
var contactDomain = toLower(last(split(catalogContactEmail, '@')))
var contactEmail = !contains(catalogContactEmail, '@') || !empty(filter(placeholderDomains, d => contactDomain == d || endsWith(contactDomain, '.${d}')))
  ? fail('catalogContactEmail \'${catalogContactEmail}\' is a placeholder: set the organisation\'s functional e-mail address in the environment\'s parameter file (infra/environments/*.bicepparam). The catalogue files of every release carry it and never change.')
  : catalogContactEmail

var deploymentContainerName = 'app-package'
var uploadsContainerName = 'uploads'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
  tags: allTags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionDays
    dailyQuotaGb: logDailyQuotaGb
    tags: allTags
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    location: location
    baseName: baseName
    workspaceId: monitoring.outputs.workspaceId
    emailAddresses: alertEmailAddresses
    tags: allTags
  }
}

module hostStorage 'modules/host-storage.bicep' = {
  name: 'host-storage'
  params: {
    location: location
    name: names.hostStorage
    deploymentContainerName: deploymentContainerName
    tags: allTags
  }
}

module dataStorage 'modules/data-storage.bicep' = {
  name: 'data-storage'
  params: {
    location: location
    name: names.dataStorage
    skuName: storageSkuName
    versionRetentionDays: versionRetentionDays
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    tags: allTags
  }
}

module publicStorage 'modules/public-storage.bicep' = {
  name: 'public-storage'
  params: {
    location: location
    name: names.publicStorage
    skuName: storageSkuName
    versionRetentionDays: versionRetentionDays
    corsAllowedOrigins: publicCorsOrigins
    tags: allTags
  }
}

module releaseReplication 'modules/object-replication.bicep' = {
  name: 'release-replication'
  params: {
    sourceAccountName: dataStorage.outputs.name
    destinationAccountName: publicStorage.outputs.name
    containerName: publicStorage.outputs.releasesContainerName
  }
}

module eventGrid 'modules/event-grid.bicep' = {
  name: 'event-grid'
  params: {
    location: location
    name: names.systemTopic
    storageAccountName: dataStorage.outputs.name
    tags: allTags
  }
}

module appRoles 'modules/app-role-assignments.bicep' = {
  name: 'app-role-assignments'
  params: {
    principalId: identity.properties.principalId
    hostStorageAccountName: hostStorage.outputs.name
    dataStorageAccountName: dataStorage.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
  }
}

module provinceAccess 'modules/province-access.bicep' = {
  name: 'province-access'
  params: {
    dataStorageAccountName: dataStorage.outputs.name
    uploadsContainerName: uploadsContainerName
    uploaders: provinceUploaders
  }
}

module operatorAccess 'modules/operator-access.bicep' = {
  name: 'operator-access'
  params: {
    dataStorageAccountName: dataStorage.outputs.name
    principalIds: operatorPrincipalIds
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  params: {
    location: location
    planName: names.plan
    appName: names.app
    identityId: identity.id
    identityClientId: identity.properties.clientId
    hostStorageAccountName: hostStorage.outputs.name
    deploymentContainerUrl: hostStorage.outputs.deploymentContainerUrl
    dataBlobEndpoint: dataStorage.outputs.blobEndpoint
    dataQueueEndpoint: dataStorage.outputs.queueEndpoint
    appInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    extraAppSettings: union(
      {
        Regioscan__Publisher__LockWait: publisherLockWait
        Regioscan__Publisher__Timeout: publisherTimeout
        Regioscan__Validation__MaxFileBytes: string(validationMaxFileBytes)
        Regioscan__Catalog__BaseUrl: empty(catalogBaseUrl) ? publicStorage.outputs.blobEndpoint : catalogBaseUrl
        Regioscan__Catalog__PublisherName: catalogPublisherName
        Regioscan__Catalog__ContactName: catalogContactName
        Regioscan__Catalog__ContactEmail: contactEmail
        Regioscan__Catalog__License: catalogLicense
        Regioscan__Catalog__Theme: catalogTheme
      },
      // Left out when empty: the app reads an absent PublisherUri as none.
      empty(catalogPublisherUri) ? {} : { Regioscan__Catalog__PublisherUri: catalogPublisherUri },
      extraAppSettings
    )
    tags: allTags
  }
  // The host reads its storage as soon as the app starts: grant the roles first.
  dependsOn: [
    appRoles
  ]
}

@description('Name of the function app.')
output functionAppName string = functionApp.outputs.name

@description('Host name of the function app; the API is https://<host>/api/releases.')
output functionAppHostName string = functionApp.outputs.defaultHostName

@description('Client id of the app\'s user-assigned managed identity.')
output identityClientId string = identity.properties.clientId

@description('Name of the private data storage account (uploads, scans, quarantine, releases, system, reference).')
output dataStorageAccountName string = dataStorage.outputs.name

@description('Name of the host storage account (AzureWebJobsStorage).')
output hostStorageAccountName string = hostStorage.outputs.name

@description('Name of the public storage account.')
output publicStorageAccountName string = publicStorage.outputs.name

@description('Public base URL of the releases: <url>latest.json, <url>index.json, <url>v1.0.0/…')
output publicReleasesUrl string = publicStorage.outputs.releasesUrl

@description('Name of the Event Grid system topic on the data account (post-deploy.sh subscribes the app to it).')
output eventGridSystemTopicName string = eventGrid.outputs.name

@description('Name of the Application Insights component.')
output appInsightsName string = monitoring.outputs.appInsightsName

@description('Names of the alert rules (docs/operators.md, "Alerts").')
output alertRuleNames string[] = alerts.outputs.ruleNames

@description('Province grants made (province code, principal, role assignment id).')
output provinceGrants array = provinceAccess.outputs.grants
