using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>
/// The outbound token (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication) through MSAL: client credentials for SingleTenant and MultiTenant,
/// a user-assigned managed identity for UserAssignedMsi. MSAL caches the token and renews it before it expires.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly BotFrameworkOptions _options;
    private readonly IMsalHttpClientFactory? _httpClientFactory;
    private readonly Lazy<Func<CancellationToken, Task<string>>> _acquire;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _acquire = new Lazy<Func<CancellationToken, Task<string>>>(Build);
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_options.AuthenticationDisabled)
        {
            return null;
        }

        try
        {
            return await _acquire.Value(cancellationToken).ConfigureAwait(false);
        }
        catch (MsalException ex)
        {
            // Callers handle connector failures in one place; a missing token is one of them.
            throw new ConnectorException(null, ex.ErrorCode, "Could not obtain the bot's access token.", innerException: ex);
        }
    }

    private Func<CancellationToken, Task<string>> Build() => _options.AppType switch
    {
        BotAppType.UserAssignedMsi => BuildManagedIdentity(),
        BotAppType.SingleTenant => BuildClientSecret(_options.TenantId!),
        _ => BuildClientSecret("botframework.com"),
    };

    private Func<CancellationToken, Task<string>> BuildClientSecret(string tenant)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(_options.AppId)
            .WithClientSecret(_options.AppPassword)
            .WithAuthority(new Uri(_options.LoginEndpoint, tenant), validateAuthority: true);
        if (_httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(_httpClientFactory).WithInstanceDiscovery(false);
        }

        var app = builder.Build();
        string[] scopes = [_options.ConnectorResource.TrimEnd('/') + "/.default"];
        return async ct =>
        {
            var result = await app.AcquireTokenForClient(scopes).ExecuteAsync(ct).ConfigureAwait(false);
            return result.AccessToken;
        };
    }

    private Func<CancellationToken, Task<string>> BuildManagedIdentity()
    {
        var builder = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_options.AppId));
        if (_httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(_httpClientFactory);
        }

        var app = builder.Build();
        return async ct =>
        {
            var result = await app.AcquireTokenForManagedIdentity(_options.ConnectorResource).ExecuteAsync(ct).ConfigureAwait(false);
            return result.AccessToken;
        };
    }
}
