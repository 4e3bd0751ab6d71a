// The Flex Consumption (FC1) plan and the function app: .NET 10 isolated worker, user-assigned
// managed identity for every connection (host storage, data account, deployment package,
// Application Insights). On Flex Consumption the runtime is set in functionAppConfig.runtime: the
// FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION app settings are not allowed there.

@description('Azure region of the plan and the app.')
param location string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (its host name is <name>.azurewebsites.net).')
param appName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of the user-assigned managed identity (the __clientId of every identity-based connection).')
param identityClientId string

@description('Name of the host storage account (AzureWebJobsStorage).')
param hostStorageAccountName string

@description('URL of the blob container the app package is deployed to.')
param deploymentContainerUrl string

@description('Blob service endpoint of the data account.')
param dataBlobEndpoint string

@description('Queue service endpoint of the data account.')
param dataQueueEndpoint string

@description('Application Insights connection string (not a secret: local authentication is off).')
param appInsightsConnectionString string

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of one instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Further app settings (name to value): the Regioscan__… options main.bicep makes from its parameters and its extraAppSettings; they win over the connection settings here. This list replaces the app\'s whole list of settings at every deployment.')
param extraAppSettings object

@description('Tags for every resource.')
param tags object

// Setting names are a contract with src/Regioscan.Functions (FunctionsServiceCollectionExtensions).
var connectionSettings = {
  AzureWebJobsStorage__accountName: hostStorageAccountName
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  RegioscanStorage__blobServiceUri: dataBlobEndpoint
  RegioscanStorage__queueServiceUri: dataQueueEndpoint
  RegioscanStorage__credential: 'managedidentity'
  RegioscanStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
}

var allSettings = union(connectionSettings, extraAppSettings)

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [for setting in items(allSettings): { name: setting.key, value: string(setting.value) }]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments authenticate with Microsoft Entra ID (az functionapp deployment … / the pipelines);
// no publishing user name and password.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the function app.')
output name string = app.name

@description('Default host name of the function app.')
output defaultHostName string = app.properties.defaultHostName
