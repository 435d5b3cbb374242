// SocialRiskBot in one resource group: the Azure Bot (single tenant, user-assigned managed identity, no client
// secret), the Linux App Service that runs it, Storage for its tables and evidence files, Key Vault for its
// two keys, and Application Insights. Deployed by `atk provision` (m365agents.yml, with main.parameters.json)
// or by `az deployment group create`; docs/deployment.md walks through both.

targetScope = 'resourceGroup'

import { appSettings } from 'modules/types.bicep'

@description('Short name the resource names are built from: lower-case letters and digits, 3 to 12 characters.')
@minLength(3)
@maxLength(12)
param resourceBaseName string

@description('Azure region of every resource but the bot registration (which is global).')
param location string = resourceGroup().location

@description('Bot name shown in Teams and the Azure portal.')
@maxLength(42)
param botDisplayName string = 'SocialRiskBot'

@description('App Service plan size (Basic or above).')
param appServiceSku string = 'B1'

@description('Azure Bot pricing tier.')
param botSku string = 'F0'

@description('Storage redundancy.')
param storageSku string = 'Standard_LRS'

@description('Path App Service probes on each instance: /readyz answers 200 once storage is reachable, the signing keys are at hand and the FAQ vectors are built; /healthz only says the process runs.')
param healthCheckPath string = '/readyz'

@description('Days the Log Analytics workspace keeps logs.')
param logRetentionDays int = 30

@description('Days a deleted evidence file can be restored.')
param blobDeleteRetentionDays int = 7

@description('Object id of the user or group who sets the two keys in Key Vault (e.g. `az ad signed-in-user show --query id -o tsv`); empty: grant Key Vault Secrets Officer yourself.')
param keyVaultOfficerPrincipalId string = ''

@description('Type of that principal.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param keyVaultOfficerPrincipalType string = 'User'

@description('Key Vault purge protection (recommended for production; once on it cannot be turned off).')
param keyVaultPurgeProtection bool = true

@description('More app settings (Departments, Admins, ...), names as App Service spells them: Departments__0__Id.')
param additionalAppSettings appSettings = {}

// Names that must be unique in all of Azure get a suffix derived from the subscription, group and base name:
// stable across deployments, different between customers.
var unique = uniqueString(subscription().id, resourceGroup().id, resourceBaseName)
var baseName = toLower(resourceBaseName)
var identityName = 'id-${baseName}'
var insightsName = 'appi-${baseName}'
var workspaceName = 'log-${baseName}'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: workspaceName
    insightsName: insightsName
    location: location
    retentionInDays: logRetentionDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${replace(baseName, '-', '')}${unique}', 24)
    location: location
    sku: storageSku
    identityName: identityName
    identityPrincipalId: identity.outputs.principalId
    deleteRetentionDays: blobDeleteRetentionDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    name: take('kv-${baseName}-${unique}', 24)
    location: location
    identityName: identityName
    identityPrincipalId: identity.outputs.principalId
    officerPrincipalId: keyVaultOfficerPrincipalId
    officerPrincipalType: keyVaultOfficerPrincipalType
    purgeProtection: keyVaultPurgeProtection
  }
}

module app 'modules/appService.bicep' = {
  name: 'appService'
  // The app finds the Application Insights component and the workspace by name, so they must exist first.
  dependsOn: [
    monitoring
  ]
  params: {
    planName: 'plan-${baseName}'
    siteName: 'app-${baseName}-${take(unique, 6)}'
    location: location
    sku: appServiceSku
    healthCheckPath: healthCheckPath
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
    tableEndpoint: storage.outputs.tableEndpoint
    blobEndpoint: storage.outputs.blobEndpoint
    keyVaultName: keyVault.outputs.name
    insightsName: insightsName
    workspaceName: workspaceName
    additionalAppSettings: additionalAppSettings
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${baseName}-${take(unique, 6)}'
    displayName: botDisplayName
    sku: botSku
    endpoint: 'https://${app.outputs.hostName}/api/messages'
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    identityTenantId: identity.outputs.tenantId
  }
}

// Upper-case names: the toolkit writes each output into env/.env.<environment> under its own name.
@description('The bot\'s Microsoft App ID: the managed identity\'s client id.')
output BOT_ID string = identity.outputs.clientId

@description('Entra tenant of the bot.')
output BOT_TENANT_ID string = identity.outputs.tenantId

@description('Host name Teams reaches the bot at (Manifest:Domain).')
output BOT_DOMAIN string = app.outputs.hostName

@description('The bot\'s messaging endpoint.')
output BOT_ENDPOINT string = 'https://${app.outputs.hostName}/api/messages'

@description('Name of the Azure Bot resource.')
output AZURE_BOT_NAME string = bot.outputs.name

@description('Resource id of the web app (the toolkit\'s deploy step uses it).')
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = app.outputs.id

@description('Name of the web app.')
output WEB_APP_NAME string = app.outputs.name

@description('Name of the key vault that holds evidence-link-key and anonymity-key.')
output KEY_VAULT_NAME string = keyVault.outputs.name

@description('Name of the storage account.')
output STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Table service endpoint.')
output STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint

@description('Blob service endpoint.')
output STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
