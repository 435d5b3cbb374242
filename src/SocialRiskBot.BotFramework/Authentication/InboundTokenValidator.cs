using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// Validates the bearer token of an inbound activity: Bot Framework channel tokens and Entra-issued tokens, each
/// against its own OpenID metadata (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication).
/// Only the Bot Framework channel service, or an app listed in <see cref="BotFrameworkOptions.AllowedCallers"/>, may call.
/// </summary>
public sealed class InboundTokenValidator
{
    public const string ServiceUrlClaim = "serviceurl";
    public const string PublicCloudCallerId = "urn:botframework:azure";

    /// <summary>
    /// The one channel whose channel tokens are accepted. Other Bot Framework channels (Web Chat and Direct Line,
    /// which an Azure Bot resource has on by default) let their client choose <c>from</c>.
    /// </summary>
    public const string TeamsChannelId = "msteams";

    /// <summary>Followed by the caller's app id when the token came from an allowed caller rather than the channel.</summary>
    public const string BotCallerIdPrefix = "urn:botframework:aadappid:";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkOptions _options;
    private readonly TimeProvider _time;
    private readonly OpenIdMetadata _channelMetadata;
    private readonly OpenIdMetadata _entraMetadata;
    private readonly IReadOnlyList<string> _entraIssuers;
    private readonly HashSet<string> _allowedCallers;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public InboundTokenValidator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        var http = httpClientFactory.CreateClient(nameof(OpenIdMetadata));
        _channelMetadata = new OpenIdMetadata(_options.OpenIdMetadataUrl, http, time, _options.MetadataRefreshInterval, _options.MetadataMinimumRefreshInterval);
        _entraMetadata = new OpenIdMetadata(_options.EntraOpenIdMetadataUrl, http, time, _options.MetadataRefreshInterval, _options.MetadataMinimumRefreshInterval);
        _entraIssuers = TokenIssuers.Entra(_options.TenantId);
        _allowedCallers = new HashSet<string>(_options.AllowedCallers.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// For readiness: null when Teams' requests can be checked now (the channel's signing keys are held or could be
    /// fetched, or no token is required); otherwise why not. Within the minimum refresh interval a failed fetch is
    /// reported again rather than retried, so polling this costs no extra fetches.
    /// </summary>
    public async Task<string?> NotReadyBecauseAsync(CancellationToken cancellationToken)
    {
        if (_options.AuthenticationDisabled)
        {
            return null;
        }

        try
        {
            await _channelMetadata.GetKeysAsync(null, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidDataException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return "signing keys unavailable";
        }
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

        var (failure, caller) = channelPath ? CheckChannelToken(token, keys, activity) : CheckEntraToken(token, keys, activity);
        if (failure is not null)
        {
            return AuthenticationResult.Fail(failure);
        }

        activity.CallerId = caller is null ? PublicCloudCallerId : BotCallerIdPrefix + caller;
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
        LifetimeValidator = (notBefore, expires, _, _) => TokenLifetime.IsCurrent(notBefore, expires, _time.GetUtcNow(), ClockSkew),
        RequireSignedTokens = true,
        ValidAlgorithms = AllowedAlgorithms,
        ValidateIssuerSigningKey = true,
        IssuerSigningKey = keys.KeysById[kid],
        TryAllIssuerSigningKeys = false,
    };

    /// <summary>
    /// Channel tokens: a Teams activity, the key endorsed for its channel, the <c>serviceurl</c> claim present and
    /// equal to the activity's, and a bot-to-bot token only from an allowed caller.
    /// </summary>
    private (string? Failure, string? Caller) CheckChannelToken(JsonWebToken token, SigningKeys keys, Activity activity)
    {
        if (!string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.Ordinal))
        {
            return ("channel token for an activity not from Teams", null);
        }

        if (keys.EndorsementsOf(token.Kid) is not { } endorsements || !IsEndorsed(endorsements, activity))
        {
            return ("signing key not endorsed for the channel", null);
        }

        if (!ServiceUrlMatches(token, activity, required: true))
        {
            return ("serviceurl claim does not match the activity", null);
        }

        return TokenCaller.BotToBot(token) is { } bot
            ? Allowed(bot)
            : (null, null);
    }

    /// <summary>
    /// Entra-issued tokens: keys may lack endorsements; the caller (<c>appid</c> or <c>azp</c>, as <c>ver</c> says)
    /// must be allowed; a <c>serviceurl</c> claim, which Entra tokens do not usually carry, must match when present.
    /// </summary>
    private (string? Failure, string? Caller) CheckEntraToken(JsonWebToken token, SigningKeys keys, Activity activity)
    {
        if (keys.EndorsementsOf(token.Kid) is { } endorsements && !IsEndorsed(endorsements, activity))
        {
            return ("signing key not endorsed for the channel", null);
        }

        if (!TokenCaller.TryRead(token, out var caller))
        {
            return ("token version not supported", null);
        }

        if (caller is null)
        {
            return ("token carries no caller app id", null);
        }

        if (!ServiceUrlMatches(token, activity, required: false))
        {
            return ("serviceurl claim does not match the activity", null);
        }

        return Allowed(caller);
    }

    private (string? Failure, string? Caller) Allowed(string caller) =>
        _allowedCallers.Contains(caller) ? (null, caller) : ($"caller {caller} is not in Bot:AllowedCallers", null);

    private static bool IsEndorsed(IReadOnlyList<string> endorsements, Activity activity) =>
        endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.Ordinal);

    private static bool ServiceUrlMatches(JsonWebToken token, Activity activity, bool required) =>
        TokenCaller.Claim(token, ServiceUrlClaim) is { } claim
            ? string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            : !required;
}
