// The Azure Bot: a single-tenant registration whose app is the user-assigned managed identity
// (https://learn.microsoft.com/azure/bot-service/provision-and-publish-a-bot), with the Teams channel on.

@description('Name of the Azure Bot resource (its bot handle, unique in Azure).')
param name string

@description('Display name of the bot.')
@maxLength(42)
param displayName string

@description('Pricing tier: F0 is free for the standard channels, Teams among them.')
@allowed([
  'F0'
  'S1'
])
param sku string

@description('Messaging endpoint: https://<web app host>/api/messages.')
param endpoint string

@description('Resource id of the managed identity.')
param identityResourceId string

@description('Client id of the managed identity: the bot\'s Microsoft App ID.')
param identityClientId string

@description('Tenant of the managed identity.')
param identityTenantId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: identityTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('Name of the Azure Bot resource.')
output name string = bot.name
