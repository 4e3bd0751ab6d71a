// Object replication of the private releases container into the public account's releases
// container. Azure requires the policy on the destination account first; its generated policy id and
// rule id then name the policy on the source account (object-replication-source.bicep, a module
// because a resource name cannot come from another resource's runtime properties).
// Replication is asynchronous and blob by blob: a release shows up publicly minutes after the
// publisher wrote it, and its files do not arrive in the order they were written.

@description('Name of the source (private data) storage account; needs versioning and the change feed.')
param sourceAccountName string

@description('Name of the destination (public) storage account; needs versioning.')
param destinationAccountName string

@description('Container replicated; the same name on both sides.')
param containerName string

resource source 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: sourceAccountName
}

resource destination 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: destinationAccountName
}

resource destinationPolicy 'Microsoft.Storage/storageAccounts/objectReplicationPolicies@2024-01-01' = {
  parent: destination
  name: 'default'
  properties: {
    // Full resource ids: accounts that forbid cross-tenant replication accept only those.
    sourceAccount: source.id
    destinationAccount: destination.id
    rules: [
      {
        sourceContainer: containerName
        destinationContainer: containerName
      }
    ]
  }
}

module sourcePolicy 'object-replication-source.bicep' = {
  name: '${deployment().name}-source'
  params: {
    sourceAccountName: source.name
    destinationAccountId: destination.id
    policyId: destinationPolicy.properties.policyId
    ruleId: destinationPolicy.properties.rules[0].ruleId
    containerName: containerName
  }
}

@description('The generated object replication policy id (the same on both accounts).')
output policyId string = destinationPolicy.properties.policyId
