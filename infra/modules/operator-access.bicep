// The operators' access to the private data account, for the recovery steps of docs/operators.md (put back a
// release's manifest.json, delete a receipt under system/processed/, read and clear the poison queues). The account
// accepts no shared key, so without a role nobody but the app and the province uploaders gets in. Data-plane roles on
// the account: Storage Blob Data Contributor (every container) and Storage Queue Data Contributor (publish-requests
// and the poison queues). Nothing on the public account: object replication makes its container read-only anyway.

@description('Name of the private data storage account.')
param dataStorageAccountName string

@description('Object ids of the operators (a group is easiest to manage).')
param principalIds string[]

var roles = [
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
]

var grants = flatten(map(principalIds, principalId => map(roles, roleId => { principalId: principalId, roleId: roleId })))

resource dataStorage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: dataStorageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for grant in grants: {
    scope: dataStorage
    name: guid(dataStorage.id, grant.principalId, grant.roleId)
    properties: {
      principalId: grant.principalId
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', grant.roleId)
      description: 'Regioscan: operator access to the data account for recovery (docs/operators.md).'
    }
  }
]

@description('Number of role assignments made.')
output count int = length(grants)
