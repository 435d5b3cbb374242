using System.ComponentModel.DataAnnotations;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.BotFramework;

/// <summary>
/// Identity of the bot and the endpoints it trusts. Bound from the <c>Bot</c> configuration section; the
/// SDK's flat keys (<c>MicrosoftAppId</c>, …) are mapped onto it by the host.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "Bot";

    /// <summary>
    /// Microsoft App ID of the Azure Bot. Empty means requests without a token are accepted, which startup allows
    /// only in Development or with <see cref="AllowUnauthenticated"/>.
    /// </summary>
    public string? AppId { get; set; }

    /// <summary>
    /// Lets the bot start outside Development without an app id, accepting requests that carry no token (a
    /// benchmark, a local run in another environment). Logged as a warning at startup and shown on <c>/healthz</c>.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>
    /// App ids, besides the Bot Framework channel service, whose tokens are accepted: the caller named by an
    /// Entra-issued token (<c>appid</c>, or <c>azp</c> in v2.0 tokens), or by a bot-to-bot token. Empty by default.
    /// </summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>Client secret for <see cref="BotAppType.SingleTenant"/> and <see cref="BotAppType.MultiTenant"/>.</summary>
    public string? AppPassword { get; set; }

    public string? TenantId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>OpenID metadata of Bot Framework channel tokens (issuer <c>https://api.botframework.com</c>).</summary>
    [Required]
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>OpenID metadata of Entra-issued channel tokens.</summary>
    [Required]
    public Uri EntraOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>Issuer of Bot Framework channel tokens (US Gov: <c>https://api.botframework.us</c>).</summary>
    [Required]
    public string ChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Base of the outbound token authority (US Gov: <c>https://login.microsoftonline.us</c>).</summary>
    [Required]
    public Uri LoginEndpoint { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>Resource the outbound token is for (US Gov: <c>https://api.botframework.us</c>).</summary>
    [Required]
    public string ConnectorResource { get; set; } = "https://api.botframework.com";

    /// <summary>
    /// Service URLs the bot token may be sent to: scheme, host (a leading <c>*.</c> matches one label) and
    /// optional port, e.g. <c>https://smba.trafficmanager.net</c>. A serviceUrl outside this list is never called.
    /// </summary>
    public List<string> TrustedServiceUrls { get; set; } = [];

    /// <summary>Cached OpenID metadata and keys are refreshed at least this often (at most 24 h, as the SDK does).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// An unknown signing key triggers a refresh, but not more often than this, and no sooner after a failed first
    /// fetch either: forged key ids or an issuer outage cost one fetch per interval.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Inbound activities larger than this are refused with 413 before they are parsed.</summary>
    [Range(4 * 1024, 16 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 512 * 1024;

    public ConnectorOptions Connector { get; set; } = new();

    /// <summary>No app id: requests without an <c>Authorization</c> header are accepted (a header, when sent, is still checked).</summary>
    public bool AuthenticationDisabled => string.IsNullOrWhiteSpace(AppId);

    /// <summary>Defaults that apply when configuration names no trusted service URL.</summary>
    public static IReadOnlyList<string> DefaultTrustedServiceUrls { get; } =
    [
        "https://smba.trafficmanager.net",
        "https://smba.infra.gcc.teams.microsoft.com",
        "https://smba.infra.gov.teams.microsoft.us",
        "https://smba.infra.dod.teams.microsoft.us",
    ];
}
