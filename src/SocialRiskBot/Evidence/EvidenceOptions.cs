using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Evidence;

/// <summary>
/// The <c>Evidence</c> section: where files may come from, how big and how many, and how long a "View evidence" link
/// lives. The host lists start empty and get their defaults after binding (<see cref="ApplyDefaults"/>): binding
/// appends to a list that already has items, so a configured list would otherwise come on top of the defaults.
/// Checked at startup by <see cref="EvidenceOptionsValidator"/>.
/// </summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>
    /// The bot's public host name, set for the Teams app package (<c>Manifest__Domain</c>): links use
    /// <c>https://{it}/</c> when <see cref="PublicBaseUrl"/> is not set.
    /// </summary>
    public const string ManifestDomainKey = "Manifest:Domain";

    /// <summary>The longest a signed link may live.</summary>
    public static readonly TimeSpan MaxLinkLifetime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Hosts files are fetched from, HTTPS only: <c>host</c>, <c>*.domain</c> (one label) or either with <c>:port</c>.
    /// <c>http://</c> is allowed for loopback hosts only, and only when listed so (<c>http://127.0.0.1</c>).
    /// </summary>
    public List<string> TrustedHosts { get; set; } = [];

    /// <summary>The trusted hosts a pasted image's first request carries the bot's token to. Each must be in <see cref="TrustedHosts"/>.</summary>
    public List<string> TokenHosts { get; set; } = [];

    [Range(1, 100L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10L * 1024 * 1024;

    [Range(1, 50)]
    public int MaxFilesPerCase { get; set; } = 5;

    /// <summary>How long a "View evidence" link works; more than 15 minutes is refused.</summary>
    public TimeSpan LinkLifetime { get; set; } = MaxLinkLifetime;

    /// <summary>
    /// Base64 HMAC key of at least 32 bytes for the links. A secret: environment or user-secrets only. Empty: a random
    /// key is made once and kept in the <c>Secrets</c> table, shared by every instance.
    /// </summary>
    public string? LinkKey { get; set; }

    /// <summary>For one file: every redirect and the whole body.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Where people's browsers reach the bot, e.g. <c>https://bot.contoso.com/</c>. Empty: <c>https://{Manifest:Domain}/</c>.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>SharePoint and OneDrive (Teams files), and the Bot Framework attachment services (pasted images).</summary>
    public static IReadOnlyList<string> DefaultTrustedHosts { get; } =
    [
        "*.sharepoint.com",
        "*.sharepoint.us",
        "*.sharepoint-mil.us",
        .. DefaultTokenHosts,
    ];

    /// <summary>The Teams connector in each cloud and the attachment service behind it.</summary>
    public static IReadOnlyList<string> DefaultTokenHosts =>
    [
        "smba.trafficmanager.net",
        "smba.infra.gcc.teams.microsoft.com",
        "smba.infra.gov.teams.microsoft.us",
        "smba.infra.dod.teams.microsoft.us",
        "*.asm.skype.com",
    ];

    /// <summary>Fills the host lists configuration left empty.</summary>
    public static void ApplyDefaults(EvidenceOptions options)
    {
        if (options.TrustedHosts.Count == 0)
        {
            options.TrustedHosts.AddRange(DefaultTrustedHosts);
        }

        if (options.TokenHosts.Count == 0)
        {
            options.TokenHosts.AddRange(DefaultTokenHosts.Where(host => options.TrustedHosts.Contains(host, StringComparer.OrdinalIgnoreCase)));
        }
    }
}
