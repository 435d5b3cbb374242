// The Linux App Service that runs the bot: .NET 10, HTTPS only, TLS 1.2, no FTP and no basic publishing
// credentials (deployments authenticate with Entra ID), always on, health-checked, running as the bot's
// managed identity. App settings are the whole configuration: the Bicep owns them, so settings added by
// hand in the portal are replaced by the next provision; put your own in additionalAppSettings.

import { appSettings } from 'types.bicep'

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (its host name is <name>.azurewebsites.net, unique in Azure).')
param siteName string

@description('Azure region of the plan and the app.')
param location string

@description('Plan size; Basic or above, since the background jobs need "Always on".')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param sku string

@description('Path App Service probes on each instance; an instance that fails it is taken out of rotation.')
param healthCheckPath string

@description('Resource id of the managed identity.')
param identityResourceId string

@description('Client id of the managed identity.')
param identityClientId string

@description('Tenant of the managed identity.')
param identityTenantId string

@description('Table service endpoint of the storage account.')
param tableEndpoint string

@description('Blob service endpoint of the storage account.')
param blobEndpoint string

@description('Name of the key vault that holds the two application keys.')
param keyVaultName string

@description('Name of the Application Insights component.')
param insightsName string

@description('Name of the Log Analytics workspace that receives the app\'s console, HTTP and platform logs.')
param workspaceName string

@description('More app settings (e.g. Departments__0__Id), merged over the ones this template sets.')
param additionalAppSettings appSettings

resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: insightsName
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {
  name: workspaceName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with this identity, not a system-assigned one (there is none).
    keyVaultReferenceIdentity: identityResourceId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: healthCheckPath
      appCommandLine: 'dotnet SocialRiskBot.dll'
    }
  }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// What the bot writes to its console (its structured logs), every HTTP request App Service served, and the
// platform's own events (starts, restarts, health check evictions), into the Log Analytics workspace.
resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspace.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

// A versionless reference: the app gets the newest version of the secret (refetched within 24 hours, or at
// once on any configuration change). Until the secret is set the setting holds the reference text itself,
// which the bot refuses at startup as not being base64, naming the setting.
var evidenceLinkKey = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=evidence-link-key)'
var anonymityKey = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=anonymity-key)'

resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    {
      ASPNETCORE_ENVIRONMENT: 'Production'
      // The bot listens on http://localhost:3978 unless told otherwise; App Service sends traffic to port 8080.
      ASPNETCORE_URLS: 'http://+:8080'
      WEBSITES_PORT: '8080'
      APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
      // Traces are sampled (at most five a second, whole traces kept together); metrics are not. See
      // docs/operations.md: exporting every span of every turn costs throughput. additionalAppSettings overrides it.
      OTEL_TRACES_SAMPLER: 'microsoft.rate_limited'
      OTEL_TRACES_SAMPLER_ARG: '5'
      Bot__AppId: identityClientId
      Bot__AppType: 'UserAssignedMsi'
      Bot__TenantId: identityTenantId
      Storage__Provider: 'AzureTables'
      Storage__AzureTables__Endpoint: tableEndpoint
      Storage__Blobs__Provider: 'AzureBlobs'
      Storage__Blobs__Endpoint: blobEndpoint
      Storage__ManagedIdentityClientId: identityClientId
      Manifest__Domain: site.properties.defaultHostName
      Evidence__LinkKey: evidenceLinkKey
      Incidents__Anonymity__Key: anonymityKey
    },
    additionalAppSettings
  )
}

@description('Resource id of the web app (the toolkit deploys to it).')
output id string = site.id

@description('Name of the web app.')
output name string = site.name

@description('Host name of the web app.')
output hostName string = site.properties.defaultHostName
