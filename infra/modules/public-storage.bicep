// The public account: one container, releases, that anyone can read blob by blob (no anonymous
// listing: releases/index.json lists the releases). Anonymous read is an account-wide switch, which
// is why it lives here and not on the private data account. Nobody writes here directly: object
// replication copies the private releases container in (object-replication.bicep), and a container
// that is an object-replication destination is read-only for every client.

@description('Azure region of the account.')
param location string

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Storage redundancy SKU, e.g. Standard_LRS or Standard_ZRS.')
param skuName string

@description('Days that previous blob versions are kept before the lifecycle rule removes them.')
@minValue(1)
param versionRetentionDays int

@description('Origins allowed to fetch releases from a browser (CORS), e.g. the ecosystem map; [\'*\'] allows any.')
param corsAllowedOrigins string[]

@description('Tags for every resource.')
param tags object

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: true
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // Object replication needs versioning on the destination too.
    isVersioningEnabled: true
    cors: {
      corsRules: [
        {
          allowedOrigins: corsAllowedOrigins
          allowedMethods: [
            'GET'
            'HEAD'
            'OPTIONS'
          ]
          allowedHeaders: [
            '*'
          ]
          exposedHeaders: [
            '*'
          ]
          maxAgeInSeconds: 3600
        }
      ]
    }
  }
}

resource releases 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: 'releases'
  properties: {
    publicAccess: 'Blob'
  }
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'delete-old-versions'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: versionRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

@description('Resource id of the account.')
output id string = account.id

@description('Name of the account.')
output name string = account.name

@description('Name of the public container.')
output releasesContainerName string = releases.name

@description('Blob service endpoint, the URL above the releases container, e.g. https://<name>.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Public base URL of the releases, e.g. https://<name>.blob.core.windows.net/releases/.')
output releasesUrl string = '${account.properties.primaryEndpoints.blob}${releases.name}/'
