// The Event Grid system topic on the data account. Its subscription to the app's blob webhook is
// not created here: the webhook URL needs the blobs_extension system key, which exists only after
// the code is deployed. infra/scripts/post-deploy.sh creates it.

@description('Azure region of the data account (a system topic lives where its source lives).')
param location string

@description('Name of the system topic.')
param name string

@description('Name of the storage account whose blob events the topic carries.')
param storageAccountName string

@description('Tags for every resource.')
param tags object

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

@description('Name of the system topic.')
output name string = topic.name

@description('Resource id of the system topic.')
output id string = topic.id
