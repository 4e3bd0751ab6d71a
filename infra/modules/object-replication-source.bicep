// The source half of the object replication policy (see object-replication.bicep).

@description('Name of the source (private data) storage account.')
param sourceAccountName string

@description('Resource id of the destination (public) storage account.')
param destinationAccountId string

@description('Policy id that Azure generated for the destination policy.')
param policyId string

@description('Rule id that Azure generated for the destination policy\'s rule.')
param ruleId string

@description('Container replicated; the same name on both sides.')
param containerName string

resource source 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: sourceAccountName
}

resource sourcePolicy 'Microsoft.Storage/storageAccounts/objectReplicationPolicies@2024-01-01' = {
  parent: source
  name: policyId
  properties: {
    sourceAccount: source.id
    destinationAccount: destinationAccountId
    rules: [
      {
        ruleId: ruleId
        sourceContainer: containerName
        destinationContainer: containerName
      }
    ]
  }
}

@description('The policy id on the source account.')
output policyId string = sourcePolicy.name
