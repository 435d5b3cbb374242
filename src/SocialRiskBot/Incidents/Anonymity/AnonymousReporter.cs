using System.Security.Cryptography;

namespace SocialRiskBot.Incidents.Anonymity;

/// <summary>
/// How an anonymous report names its reporter: on the case, by an opaque random alias that means nothing
/// outside <see cref="ReporterLinks"/>; to responders, as <see cref="DisplayName"/>.
/// </summary>
public static class AnonymousReporter
{
    public const string DisplayName = "Anonymous reporter";

    private const string AliasPrefix = "anon-";

    /// <summary>A new alias: 128 random bits, so it can be neither guessed nor derived from the person.</summary>
    public static string NewAlias() => AliasPrefix + RandomHex();

    public static bool IsAlias(string reporterKey) => reporterKey.StartsWith(AliasPrefix, StringComparison.Ordinal);

    /// <summary>32 random hex digits.</summary>
    public static string RandomHex() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

/// <summary>Fixed in the draft when an anonymous report is sent, so a repeated Send completes the same case under the same alias.</summary>
/// <param name="Alias">The reporter key the case stores.</param>
/// <param name="IndexKey">The row key of the reporter's <c>my reports</c> entry: random too, so it cannot be matched to the case.</param>
public sealed record AnonymousSubmission(string Alias, string IndexKey)
{
    public static AnonymousSubmission New() => new(AnonymousReporter.NewAlias(), "a|" + AnonymousReporter.RandomHex());
}
