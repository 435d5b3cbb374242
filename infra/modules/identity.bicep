// The bot's one identity: its Microsoft App ID (the Azure Bot is registered as UserAssignedMSI with it) and the
// principal that reads Storage and Key Vault. It has no secret to leak or rotate.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
}

@description('Resource id: attached to the web app and named in the bot registration.')
output id string = identity.id

@description('Client id: the bot\'s Microsoft App ID (Bot:AppId) and the identity the app asks for tokens.')
output clientId string = identity.properties.clientId

@description('Object id of the service principal: the subject of the role assignments.')
output principalId string = identity.properties.principalId

@description('Entra tenant of the identity (Bot:TenantId).')
output tenantId string = identity.properties.tenantId
