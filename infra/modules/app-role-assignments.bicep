// The app identity's permissions, least privilege, all data-plane roles:
// - host account: Storage Blob Data Owner (host locks, keys, timer schedules, the deployment
//   package; Microsoft documents Owner as the host's minimum because it creates containers) and
//   Storage Queue Data Contributor (the blob extension keeps its internal queues on the host account);
// - data account: Storage Blob Data Contributor (read uploads, write scans/quarantine/releases/system,
//   move uploads) and Storage Queue Data Contributor (send and receive publish-requests, create the
//   blob trigger's poison queue). Nothing on the public account: object replication fills it.
// - Application Insights: Monitoring Metrics Publisher (telemetry with Entra ID; local auth is off).
// Left out on purpose: Storage Account Contributor on the host account, which Microsoft lists for the
// polling blob trigger; the app uses the Event Grid source only, and that control-plane role could
// change the account's settings.

@description('Principal (object) id of the app\'s user-assigned managed identity.')
param principalId string

@description('Name of the host storage account.')
param hostStorageAccountName string

@description('Name of the private data storage account.')
param dataStorageAccountName string

@description('Name of the Application Insights component.')
param appInsightsName string

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

var hostRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
]

var dataRoles = [
  roles.storageBlobDataContributor
  roles.storageQueueDataContributor
]

resource hostStorage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: hostStorageAccountName
}

resource dataStorage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: dataStorageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource hostAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in hostRoles: {
    scope: hostStorage
    name: guid(hostStorage.id, principalId, roleId)
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource dataAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in dataRoles: {
    scope: dataStorage
    name: guid(dataStorage.id, principalId, roleId)
    properties: {
      principalId: principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource telemetryAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: appInsights
  name: guid(appInsights.id, principalId, roles.monitoringMetricsPublisher)
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

@description('Number of role assignments made.')
output count int = length(hostRoles) + length(dataRoles) + 1
