using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.Evidence;

/// <summary>
/// Short-lived signed links to one evidence file of one case:
/// <c>/evidence/{caseNumber}/{fileId}?expires={unix seconds}&amp;sig={base64url HMAC-SHA256}</c>. The signature covers
/// case, file and expiry, so changing any of them breaks it; whoever holds a valid link may download that one file
/// until it expires, so hand links only to people allowed to see the case.
/// </summary>
public sealed partial class EvidenceLinks(EvidenceLinkKey key, IOptions<EvidenceOptions> options)
{
    public const string PathPrefix = "/evidence";

    private const string Purpose = "SocialRiskBot evidence link v1";
    private const int SignatureBytes = 32;

    /// <summary>The relative URL, valid from <paramref name="now"/> for <see cref="EvidenceOptions.LinkLifetime"/> (to the second, rounded down).</summary>
    public async ValueTask<string> CreateAsync(string caseNumber, string fileId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsCaseNumber(caseNumber))
        {
            throw new ArgumentException("Not a case number.", nameof(caseNumber));
        }

        if (!EvidenceFile.IsValidId(fileId))
        {
            throw new ArgumentException("Not an evidence file id.", nameof(fileId));
        }

        var expires = now.ToUnixTimeSeconds() + (long)options.Value.LinkLifetime.TotalSeconds;
        var signature = await SignAsync(caseNumber, fileId, expires, cancellationToken).ConfigureAwait(false);
        return $"{PathPrefix}/{caseNumber}/{fileId}?expires={expires.ToString(CultureInfo.InvariantCulture)}&sig={Base64Url.EncodeToString(signature)}";
    }

    /// <summary>The same link as an absolute URL on <see cref="EvidenceOptions.PublicBaseUrl"/>, for a card's Open button.</summary>
    /// <exception cref="InvalidOperationException">Neither <c>Evidence:PublicBaseUrl</c> nor <c>Manifest:Domain</c> is configured.</exception>
    public async ValueTask<Uri> CreateAbsoluteAsync(string caseNumber, string fileId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.PublicBaseUrl
            ?? throw new InvalidOperationException("Set Evidence:PublicBaseUrl (or Manifest:Domain) so evidence links can be given to browsers.");
        var relative = await CreateAsync(caseNumber, fileId, now, cancellationToken).ConfigureAwait(false);
        return new Uri(baseUrl, relative);
    }

    /// <summary>Checks a link's parts as they came in (any of them may be missing or forged). Constant time in the signature.</summary>
    public async ValueTask<EvidenceLinkCheck> VerifyAsync(string? caseNumber, string? fileId, string? expires, string? signature, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!IsCaseNumber(caseNumber)
            || !EvidenceFile.IsValidId(fileId)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var expiresAt)
            || signature is null
            || !TryDecode(signature, out var presented))
        {
            return EvidenceLinkCheck.Invalid;
        }

        var expected = await SignAsync(caseNumber!, fileId!, expiresAt, cancellationToken).ConfigureAwait(false);
        if (!CryptographicOperations.FixedTimeEquals(expected, presented))
        {
            return EvidenceLinkCheck.Invalid;
        }

        return now.ToUnixTimeSeconds() >= expiresAt ? EvidenceLinkCheck.Expired : EvidenceLinkCheck.Valid;
    }

    /// <summary>Case numbers as the routes accept them: letters, digits and hyphens (<c>SMR-2026-0042</c>).</summary>
    public static bool IsCaseNumber(string? text) => text is not null && CaseNumberPattern().IsMatch(text);

    private async ValueTask<byte[]> SignAsync(string caseNumber, string fileId, long expires, CancellationToken cancellationToken)
    {
        var secret = await key.GetAsync(cancellationToken).ConfigureAwait(false);
        var message = Encoding.UTF8.GetBytes($"{Purpose}\n{caseNumber}\n{fileId}\n{expires.ToString(CultureInfo.InvariantCulture)}");
        return HMACSHA256.HashData(secret, message);
    }

    private static bool TryDecode(string text, out byte[] signature)
    {
        signature = new byte[SignatureBytes];
        try
        {
            return text.Length == Base64Url.GetEncodedLength(SignatureBytes)
                && Base64Url.TryDecodeFromChars(text, signature, out var written)
                && written == SignatureBytes
                // One spelling per signature: bits the decoder ignores must not make a second valid link.
                && string.Equals(Base64Url.EncodeToString(signature), text, StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex CaseNumberPattern();
}
