using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token of an inbound activity (brief §B): Bot Framework channel tokens and
/// Entra-issued tokens, each against its own OpenID metadata.
/// </summary>
public sealed class InboundTokenValidator
{
    public const string ServiceUrlClaim = "serviceurl";
    public const string PublicCloudCallerId = "urn:botframework:azure";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly OpenIdMetadata _channelMetadata;
    private readonly OpenIdMetadata _entraMetadata;
    private readonly IReadOnlyList<string> _entraIssuers;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public InboundTokenValidator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _options = options.Value;
        var http = httpClientFactory.CreateClient(nameof(OpenIdMetadata));
        _channelMetadata = new OpenIdMetadata(_options.OpenIdMetadataUrl, http, time, _options.MetadataRefreshInterval, _options.MetadataMinimumRefreshInterval);
        _entraMetadata = new OpenIdMetadata(_options.EntraOpenIdMetadataUrl, http, time, _options.MetadataRefreshInterval, _options.MetadataMinimumRefreshInterval);
        _entraIssuers = TokenIssuers.Entra(_options.TenantId);
    }

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return _options.AuthenticationDisabled
                ? AuthenticationResult.Anonymous
                : AuthenticationResult.Fail("no Authorization header");
        }

        if (!BearerToken.TryExtract(authorizationHeader, out var raw))
        {
            return AuthenticationResult.Fail("malformed Authorization header");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthenticationResult.Fail("token is not a JWT");
        }

        var channelPath = string.Equals(token.Issuer, _options.ChannelTokenIssuer, StringComparison.Ordinal);
        if (!channelPath && !_entraIssuers.Contains(token.Issuer, StringComparer.Ordinal))
        {
            return AuthenticationResult.Fail("issuer not trusted");
        }

        SigningKeys keys;
        try
        {
            keys = await (channelPath ? _channelMetadata : _entraMetadata).GetKeysAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return AuthenticationResult.Unavailable($"signing keys unavailable: {ex.GetType().Name}");
        }

        if (!keys.Contains(token.Kid))
        {
            return AuthenticationResult.Fail("unknown signing key");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(keys, token.Kid, channelPath)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return AuthenticationResult.Fail($"token rejected: {result.Exception?.GetType().Name}");
        }

        var failure = channelPath ? CheckChannelToken(token, keys, activity) : CheckEntraToken(token, keys, activity);
        if (failure is not null)
        {
            return AuthenticationResult.Fail(failure);
        }

        activity.CallerId = PublicCloudCallerId;
        return AuthenticationResult.Success(result.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(SigningKeys keys, string kid, bool channelPath) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = channelPath ? [_options.ChannelTokenIssuer] : _entraIssuers,
        ValidateAudience = true,
        ValidAudience = _options.AppId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedAlgorithms,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = keys.KeysById[kid],
        TryAllIssuerSigningKeys = false,
    };

    /// <summary>Brief §B.3 rules 5 and 6: the key must be endorsed for this channel and the token bound to this serviceUrl.</summary>
    private static string? CheckChannelToken(JsonWebToken token, SigningKeys keys, Activity activity)
    {
        var endorsements = keys.EndorsementsOf(token.Kid);
        if (endorsements is null || !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.Ordinal))
        {
            return "signing key not endorsed for the channel";
        }

        return ServiceUrlMatches(token, activity, required: true) ? null : "serviceurl claim does not match the activity";
    }

    /// <summary>Entra tokens: keys may lack endorsements; the caller's app id must be where <c>ver</c> says it is.</summary>
    private static string? CheckEntraToken(JsonWebToken token, SigningKeys keys, Activity activity)
    {
        var endorsements = keys.EndorsementsOf(token.Kid);
        if (endorsements is not null && !endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.Ordinal))
        {
            return "signing key not endorsed for the channel";
        }

        var version = Claim(token, "ver");
        var appIdClaim = version switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null || string.IsNullOrEmpty(Claim(token, appIdClaim)))
        {
            return "token carries no caller app id";
        }

        return ServiceUrlMatches(token, activity, required: false) ? null : "serviceurl claim does not match the activity";
    }

    private static bool ServiceUrlMatches(JsonWebToken token, Activity activity, bool required)
    {
        var claim = Claim(token, ServiceUrlClaim);
        if (claim is null)
        {
            return !required;
        }

        return string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
