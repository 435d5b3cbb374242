namespace SocialRiskBot.Incidents.Anonymity;

/// <summary>The <c>Incidents:Anonymity</c> section of configuration.</summary>
public sealed class AnonymityOptions
{
    public const string SectionName = "Incidents:Anonymity";

    /// <summary>Optional: 32 random bytes in base64 that seal the link between anonymous reporters and their cases (see <see cref="ReporterSeal"/>).</summary>
    public string? Key { get; set; }

    /// <returns>The key's bytes; null when none is configured. Throws <see cref="FormatException"/> for a malformed one (the validator reports it first).</returns>
    internal static byte[]? KeyBytes(string? key) => string.IsNullOrWhiteSpace(key) ? null : Convert.FromBase64String(key.Trim());
}
