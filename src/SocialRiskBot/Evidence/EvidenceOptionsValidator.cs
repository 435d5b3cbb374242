using Microsoft.Extensions.Options;

namespace SocialRiskBot.Evidence;

/// <summary>What data annotations cannot say about <see cref="EvidenceOptions"/>: the host patterns, the link lifetime and key.</summary>
public sealed class EvidenceOptionsValidator : IValidateOptions<EvidenceOptions>
{
    private const int MinKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, EvidenceOptions options)
    {
        var problems = new List<string>();
        var trusted = Patterns(options.TrustedHosts, "TrustedHosts", problems);
        var token = Patterns(options.TokenHosts, "TokenHosts", problems);
        if (trusted.Count == 0)
        {
            problems.Add("Evidence:TrustedHosts is empty: no file could ever be fetched.");
        }

        foreach (var pattern in token.Where(p => !trusted.Contains(p)))
        {
            problems.Add($"Evidence:TokenHosts has '{Describe(pattern)}', which is not in Evidence:TrustedHosts.");
        }

        if (options.LinkLifetime <= TimeSpan.Zero || options.LinkLifetime > EvidenceOptions.MaxLinkLifetime)
        {
            problems.Add($"Evidence:LinkLifetime must be more than 0 and at most {EvidenceOptions.MaxLinkLifetime} (it is {options.LinkLifetime}).");
        }

        if (!string.IsNullOrEmpty(options.LinkKey) && EvidenceLinkKey.Decode(options.LinkKey) is not { Length: >= MinKeyBytes })
        {
            problems.Add($"Evidence:LinkKey must be base64 of at least {MinKeyBytes} bytes (e.g. openssl rand -base64 32).");
        }

        if (options.PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add("Evidence:PublicBaseUrl must be an absolute http(s) URL, e.g. https://bot.contoso.com/.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static List<HostPattern> Patterns(IEnumerable<string> entries, string key, List<string> problems)
    {
        var patterns = new List<HostPattern>();
        foreach (var entry in entries)
        {
            if (HostPattern.TryParse(entry, out var pattern, out var problem))
            {
                patterns.Add(pattern);
            }
            else
            {
                problems.Add($"Evidence:{key}: {problem}");
            }
        }

        return patterns;
    }

    private static string Describe(HostPattern pattern) =>
        $"{(pattern.PlainHttp ? "http://" : "")}{(pattern.Wildcard ? "*." : "")}{pattern.Host}{(pattern.Port is { } port ? $":{port}" : "")}";
}
