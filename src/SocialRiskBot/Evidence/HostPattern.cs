using System.Globalization;
using System.Net;

namespace SocialRiskBot.Evidence;

/// <summary>
/// One entry of <see cref="EvidenceOptions.TrustedHosts"/>: <c>host</c> or <c>*.domain</c> (the star is exactly one
/// label), optionally <c>:port</c>, HTTPS; or <c>http://</c> and a loopback host, for local runs and tests.
/// </summary>
public sealed record HostPattern(string Host, bool Wildcard, int? Port, bool PlainHttp)
{
    public static HostPattern Parse(string text) =>
        TryParse(text, out var pattern, out var problem) ? pattern : throw new FormatException(problem);

    public static bool TryParse(string? text, out HostPattern pattern, out string problem)
    {
        pattern = null!;
        problem = $"'{text}' is not a host pattern: write host, *.domain or http://127.0.0.1 (optionally with :port).";
        var rest = text?.Trim() ?? "";
        var plainHttp = false;
        if (rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            plainHttp = true;
            rest = rest["http://".Length..];
        }
        else if (rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["https://".Length..];
        }

        rest = rest.TrimEnd('/');
        if (rest.Length == 0 || rest.Any(c => c is '/' or '@' or '?' or '#' || char.IsWhiteSpace(c)))
        {
            return false;
        }

        int? port = null;
        var colon = rest.LastIndexOf(':');
        if (colon > 0 && !rest.EndsWith(']'))
        {
            if (!int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
            {
                return false;
            }

            port = number;
            rest = rest[..colon];
        }

        var wildcard = rest.StartsWith("*.", StringComparison.Ordinal);
        var host = (wildcard ? rest[2..] : rest).ToLowerInvariant();
        if (host.Contains('*', StringComparison.Ordinal) || Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            return false;
        }

        if (wildcard && (host.Split('.').Length < 2 || IPAddress.TryParse(host, out _)))
        {
            problem = $"'{text}' is too wide: a wildcard needs a domain of at least two labels, like *.sharepoint.com.";
            return false;
        }

        if (plainHttp && (wildcard || !IsLoopback(host)))
        {
            problem = $"'{text}' would fetch over plain http from another machine: http:// is only for loopback hosts (localhost, 127.0.0.1).";
            return false;
        }

        pattern = new HostPattern(host, wildcard, port, plainHttp);
        return true;
    }

    public bool Matches(Uri url)
    {
        if (!url.IsAbsoluteUri || url.UserInfo.Length != 0 || url.Scheme != (PlainHttp ? Uri.UriSchemeHttp : Uri.UriSchemeHttps))
        {
            return false;
        }

        if (Port is { } port && url.Port != port)
        {
            return false;
        }

        var host = url.IdnHost;
        if (!Wildcard)
        {
            return string.Equals(host, Host, StringComparison.OrdinalIgnoreCase);
        }

        var dot = host.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && string.Equals(host[(dot + 1)..], Host, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
