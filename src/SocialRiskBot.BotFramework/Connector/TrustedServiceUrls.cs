namespace SocialRiskBot.BotFramework.Connector;

/// <summary>
/// The allow-list of service URLs our bearer token may be sent to. A serviceUrl read from storage or a
/// forged activity must not make us hand the token to someone else.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly (string Scheme, string Host, int? Port)[] _patterns;

    public TrustedServiceUrls(IEnumerable<string> patterns)
    {
        _patterns = [.. patterns.Select(Parse)];
    }

    public bool IsTrusted(Uri serviceUrl)
    {
        if (!serviceUrl.IsAbsoluteUri)
        {
            return false;
        }

        foreach (var (scheme, host, port) in _patterns)
        {
            if (string.Equals(scheme, serviceUrl.Scheme, StringComparison.OrdinalIgnoreCase)
                && HostMatches(host, serviceUrl.IdnHost)
                && (port is null || port == serviceUrl.Port))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HostMatches(string pattern, string host)
    {
        if (!pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            return string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
        }

        // "*." matches exactly one label.
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && string.Equals(pattern[2..], host[(dot + 1)..], StringComparison.OrdinalIgnoreCase);
    }

    private static (string, string, int?) Parse(string pattern)
    {
        var schemeEnd = pattern.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw new FormatException($"Trusted service URL '{pattern}' needs a scheme, e.g. https://smba.trafficmanager.net");
        }

        var scheme = pattern[..schemeEnd];
        var rest = pattern[(schemeEnd + 3)..].TrimEnd('/');
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rest = rest[..slash];
        }

        var colon = rest.LastIndexOf(':');
        if (colon > 0 && int.TryParse(rest[(colon + 1)..], out var port))
        {
            return (scheme, rest[..colon], port);
        }

        if (rest.Length == 0)
        {
            throw new FormatException($"Trusted service URL '{pattern}' has no host.");
        }

        return (scheme, rest, null);
    }
}
