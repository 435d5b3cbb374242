using System.Globalization;
using System.Web;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Deployment;

/// <summary>
/// The bot as infra/main.bicep deploys it: Bot:AppType UserAssignedMsi, Bot:AppId the identity's client id, no
/// password. App Service gives a managed identity to the app through two variables, IDENTITY_ENDPOINT and
/// IDENTITY_HEADER (https://learn.microsoft.com/azure/app-service/overview-managed-identity#rest-endpoint-reference);
/// here a loopback server plays that endpoint, so the real MSAL path the bot takes in Azure runs end to end.
/// </summary>
[Collection(ManagedIdentityEnvironmentCollection.Name)]
public sealed class ManagedIdentityBotTokenTests : IAsyncLifetime
{
    // MSAL keeps managed identity tokens in one cache for the whole process: a client id of its own per test.
    private readonly string clientId = Guid.NewGuid().ToString();
    private LoopbackServer identityEndpoint = null!;
    private string? endpointBefore;
    private string? headerBefore;
    private int issued;

    public async Task InitializeAsync()
    {
        identityEndpoint = await LoopbackServer.StartAsync();
        var expiresOn = TimeProvider.System.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        identityEndpoint.Respond = (request, _) => Task.FromResult(new LoopbackResponse(200,
            $$"""{"access_token":"msi-token-{{Interlocked.Increment(ref issued)}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer","client_id":"{{clientId}}"}"""));
        endpointBefore = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
        headerBefore = Environment.GetEnvironmentVariable("IDENTITY_HEADER");
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", new Uri(identityEndpoint.BaseUrl, "msi/token").ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "app-service-secret-header");
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", endpointBefore);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", headerBefore);
        await identityEndpoint.DisposeAsync();
    }

    [Fact]
    public async Task On_App_Service_the_bot_asks_its_user_assigned_identity_for_a_Bot_Connector_token_without_any_secret()
    {
        var provider = Provider(new BotFrameworkOptions { AppId = clientId, AppType = BotAppType.UserAssignedMsi, TenantId = "contoso-tenant" });

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("msi-token-1", token);
        var request = Assert.Single(identityEndpoint.Requests);
        Assert.Equal("GET", request.Method);
        var query = HttpUtility.ParseQueryString(new Uri(identityEndpoint.BaseUrl, request.PathAndQuery).Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(clientId, query["client_id"]);
    }

    [Fact]
    public async Task The_identity_token_is_reused_until_it_nears_expiry()
    {
        var provider = Provider(new BotFrameworkOptions { AppId = clientId, AppType = BotAppType.UserAssignedMsi, TenantId = "contoso-tenant" });

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(identityEndpoint.Requests);
    }

    [Fact]
    public async Task An_identity_that_is_not_attached_to_the_app_becomes_a_connector_failure_callers_already_handle()
    {
        identityEndpoint.Respond = (_, _) => Task.FromResult(new LoopbackResponse(400,
            """{"statusCode":400,"message":"No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.","correlationId":"00000000-0000-0000-0000-000000000000"}"""));
        var provider = Provider(new BotFrameworkOptions { AppId = clientId, AppType = BotAppType.UserAssignedMsi, TenantId = "contoso-tenant" });

        await Assert.ThrowsAsync<ConnectorException>(() => provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_identity_endpoint_that_does_not_answer_becomes_a_connector_failure_too()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", $"http://127.0.0.1:{AzuriteFixture.FreePort()}/msi/token");
        var provider = Provider(new BotFrameworkOptions { AppId = clientId, AppType = BotAppType.UserAssignedMsi, TenantId = "contoso-tenant" });

        await Assert.ThrowsAsync<ConnectorException>(() => provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public void The_deployed_settings_pass_validation_without_a_password_and_need_the_tenant()
    {
        var validator = new BotFrameworkOptionsValidator();
        var deployed = new BotFrameworkOptions { AppId = clientId, AppType = BotAppType.UserAssignedMsi, TenantId = "contoso-tenant" };
        var withoutTenant = new BotFrameworkOptions { AppId = clientId, AppType = BotAppType.UserAssignedMsi };

        Assert.True(validator.Validate(null, deployed).Succeeded);
        Assert.Contains("Bot:TenantId is required for UserAssignedMsi.", validator.Validate(null, withoutTenant).Failures ?? []);
    }

    private static MsalBotTokenProvider Provider(BotFrameworkOptions options) => new(Options.Create(options), new PlainMsalHttp());

    /// <summary>MSAL's HTTP seam with a plain client: the identity endpoint is already on loopback.</summary>
    private sealed class PlainMsalHttp : IMsalHttpClientFactory
    {
        private static readonly HttpClient Client = new();

        public HttpClient GetHttpClient() => Client;
    }
}
