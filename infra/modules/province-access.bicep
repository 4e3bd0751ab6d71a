// Write access for each province to its own uploads/PVxx/ folder only: a Storage Blob Data
// Contributor assignment on the uploads container per province principal, with an Azure ABAC
// condition (version 2.0). Reading, writing, creating and deleting blobs is allowed only when the
// blob's path starts with the province's code, and listing only with that prefix; every other
// blob in the container stays out of reach, including other provinces' uploads, which carry
// contact details.

import { provinceUploader } from '../types.bicep'

@description('Name of the private data storage account.')
param dataStorageAccountName string

@description('The container provinces upload into.')
param uploadsContainerName string

@description('Who uploads for which province.')
param uploaders provinceUploader[]

var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

// __CONTAINER__ and __PREFIX__ are filled in per province.
var conditionTemplate = '''
(
 (
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'} AND NOT SubOperationMatches{'Blob.List'})
  AND
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'})
  AND
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'})
  AND
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/delete'})
 )
 OR
 (
  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals '__CONTAINER__'
  AND
  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith '__PREFIX__'
 )
)
AND
(
 (
  !(ActionMatches{'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read'} AND SubOperationMatches{'Blob.List'})
 )
 OR
 (
  @Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals '__CONTAINER__'
  AND
  @Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:prefix] StringStartsWith '__PREFIX__'
 )
)
'''

resource dataStorage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: dataStorageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource uploads 'containers' existing = {
      name: uploadsContainerName
    }
  }
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for uploader in uploaders: {
    scope: dataStorage::blobService::uploads
    name: guid(dataStorage::blobService::uploads.id, uploader.principalId, storageBlobDataContributor, uploader.provinceCode)
    properties: {
      principalId: uploader.principalId
      principalType: uploader.?principalType ?? 'Group'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor)
      description: 'Regioscan: ${uploader.provinceCode} uploads its scans into ${uploadsContainerName}/${uploader.provinceCode}/ only.'
      conditionVersion: '2.0'
      condition: replace(replace(conditionTemplate, '__CONTAINER__', uploadsContainerName), '__PREFIX__', '${uploader.provinceCode}/')
    }
  }
]

@description('Province code and role assignment id of every grant, for auditing.')
output grants array = [
  for (uploader, i) in uploaders: {
    provinceCode: uploader.provinceCode
    principalId: uploader.principalId
    roleAssignmentId: assignments[i].id
  }
]
