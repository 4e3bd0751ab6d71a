// The private data account: uploads, scans, quarantine, releases, system, reference and the
// publish-requests queue. Only Microsoft Entra identities get in (no shared key, no anonymous read).
// Blob versioning and the change feed are on because object replication (public-storage.bicep,
// object-replication.bicep) needs them on its source; a lifecycle rule deletes old versions so they
// do not pile up. Soft delete of blobs and containers keeps a mistaken delete recoverable for the
// same number of days.

@description('Azure region of the account.')
param location string

@description('Name of the storage account (3-24 lowercase letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Storage redundancy SKU, e.g. Standard_LRS or Standard_ZRS.')
param skuName string

@description('Days that previous blob versions and deleted blobs are kept before the lifecycle rule removes them.')
@minValue(1)
param versionRetentionDays int

@description('Resource id of the Log Analytics workspace that receives the blob write and delete logs (the audit trail of who uploaded what).')
param logAnalyticsWorkspaceId string

@description('Tags for every resource.')
param tags object

// The containers of the storage layout (DESIGN.md) plus the app's own bookkeeping.
var containerNames = [
  'uploads' // uploads/{PVxx}/{file}: provinces write here
  'scans' // accepted uploads with their report and harmonised scan
  'quarantine' // rejected uploads with their report
  'releases' // the published releases (replicated to the public account)
  'system' // publish requests, locks and receipts of the app
  'reference' // reference data the pipeline reads
]

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
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    isVersioningEnabled: true
    changeFeed: {
      enabled: true
      retentionInDays: versionRetentionDays
    }
    deleteRetentionPolicy: {
      enabled: true
      days: versionRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: versionRetentionDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for containerName in containerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2024-01-01' = {
  parent: account
  name: 'default'
}

// The publisher's work queue. The blob trigger creates webjobs-blobtrigger-poison itself.
resource publishQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = {
  parent: queueService
  name: 'publish-requests'
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

// Who wrote or deleted which blob, with the caller's identity: StorageBlobLogs in Log Analytics.
// Reads are left out; they are the bulk of the traffic and tell little.
resource blobAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: blobService
  name: 'audit-writes'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

// Queue writes and deletes (StorageQueueLogs): a message put on a poison queue is what the poison-message alert
// (alerts.bicep) looks for. Low volume: publish requests and the poison queues only (the blob trigger's own queues
// are on the host account).
resource queueAudit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: queueService
  name: 'audit-writes'
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'StorageWrite'
        enabled: true
      }
      {
        category: 'StorageDelete'
        enabled: true
      }
    ]
  }
}

@description('Resource id of the account.')
output id string = account.id

@description('Name of the account.')
output name string = account.name

@description('Blob service endpoint, e.g. https://<name>.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Queue service endpoint, e.g. https://<name>.queue.core.windows.net/.')
output queueEndpoint string = account.properties.primaryEndpoints.queue

@description('Names of the containers created.')
output containerNames array = [for (containerName, i) in containerNames: containers[i].name]

@description('Name of the publish queue.')
output publishQueueName string = publishQueue.name
