using Microsoft.Extensions.Options;

namespace SocialRiskBot.Evidence;

/// <summary>Which URLs evidence may be fetched from, and which of them get the bot's token.</summary>
public sealed class EvidenceHosts(IOptions<EvidenceOptions> options)
{
    private readonly HostPattern[] _trusted = [.. options.Value.TrustedHosts.Select(HostPattern.Parse)];
    private readonly HostPattern[] _token = [.. options.Value.TokenHosts.Select(HostPattern.Parse)];

    public bool IsTrusted(Uri url) => _trusted.Any(pattern => pattern.Matches(url));

    public bool GetsBotToken(Uri url) => IsTrusted(url) && _token.Any(pattern => pattern.Matches(url));
}
