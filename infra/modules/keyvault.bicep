// The two application keys (Evidence:LinkKey, Incidents:Anonymity:Key) live here as secrets, set by an operator
// with `az keyvault secret set` (docs/deployment.md). This template never writes them: a redeployment must not
// replace the anonymity key, which would make every sealed reporter link unreadable.

@description('Name of the key vault (3-24 letters, digits and hyphens, unique in Azure).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the vault.')
param location string

@description('Name of the bot\'s managed identity: it seeds the role assignment name, which must be known before deployment.')
param identityName string

@description('Object id of the bot\'s managed identity: it may read secrets.')
param identityPrincipalId string

@description('Object id of a user or group that may set the secrets (Key Vault Secrets Officer); empty: nobody is granted here.')
param officerPrincipalId string

@description('Type of that principal.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param officerPrincipalType string

@description('Purge protection: a deleted vault and its secrets can be recovered for 90 days and never purged early. Once on it cannot be turned off.')
param purgeProtection bool

// Built-in role ids: https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The service refuses an explicit false; leaving it out is how "off" is said.
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource readerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityName, secretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource officerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(officerPrincipalId)) {
  name: guid(vault.id, officerPrincipalId, secretsOfficer)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
    principalId: officerPrincipalId
    principalType: officerPrincipalType
  }
}

@description('Name of the key vault.')
output name string = vault.name
