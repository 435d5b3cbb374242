using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Outbound;

/// <summary>
/// The outbound token through real MSAL. MSAL's HTTP seam sends its requests to a loopback server that plays
/// Entra's token endpoint, so we see exactly what the bot asks for.
/// </summary>
public sealed class MsalBotTokenProviderTests : IAsyncLifetime
{
    private LoopbackServer _entra = null!;
    private int _issued;

    public async Task InitializeAsync()
    {
        _entra = await LoopbackServer.StartAsync();
        _entra.Respond = (_, _) => Task.FromResult(new LoopbackResponse(200,
            $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-{{Interlocked.Increment(ref _issued)}}"}"""));
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant_for_a_client_credentials_token_for_the_bot_connector()
    {
        var provider = Provider(BotAppType.SingleTenant, tenantId: "contoso-tenant");

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", token);
        var request = Assert.Single(_entra.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/contoso-tenant/oauth2/v2.0/token", request.PathAndQuery);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("app-id", form["client_id"]);
        Assert.Equal("app-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task An_existing_multi_tenant_bot_uses_the_botframework_com_tenant()
    {
        await Provider(BotAppType.MultiTenant).GetTokenAsync(CancellationToken.None);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(_entra.Requests).PathAndQuery);
    }

    [Fact]
    public async Task The_token_is_cached_until_it_nears_expiry()
    {
        var provider = Provider(BotAppType.SingleTenant, tenantId: "contoso-tenant");

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_entra.Requests);
    }

    [Fact]
    public async Task A_refused_credential_becomes_a_connector_failure_callers_already_handle()
    {
        _entra.Respond = (_, _) => Task.FromResult(new LoopbackResponse(401,
            """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Provider(BotAppType.SingleTenant, tenantId: "contoso-tenant").GetTokenAsync(CancellationToken.None));

        Assert.Equal("invalid_client", error.ErrorCode);
    }

    [Fact]
    public async Task Local_development_without_an_app_id_sends_no_token_and_calls_nobody()
    {
        var provider = new MsalBotTokenProvider(Options.Create(new BotFrameworkOptions()), new LoopbackMsalHttp(_entra.BaseUrl));

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Empty(_entra.Requests);
    }

    private MsalBotTokenProvider Provider(BotAppType type, string? tenantId = null) => new(
        Options.Create(new BotFrameworkOptions { AppId = "app-id", AppPassword = "app-secret", AppType = type, TenantId = tenantId }),
        new LoopbackMsalHttp(_entra.BaseUrl));

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    /// <summary>Sends MSAL's requests, addressed to login.microsoftonline.com, to the loopback server instead.</summary>
    private sealed class LoopbackMsalHttp(Uri loopback) : IMsalHttpClientFactory
    {
        private readonly HttpClient _client = new(new Redirect(loopback));

        public HttpClient GetHttpClient() => _client;

        private sealed class Redirect(Uri loopback) : DelegatingHandler(new HttpClientHandler())
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                request.RequestUri = new Uri(loopback, request.RequestUri!.PathAndQuery.TrimStart('/'));
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
