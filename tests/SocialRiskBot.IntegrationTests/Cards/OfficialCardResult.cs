using System.Text.Json;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>What <c>tests/conformance/cards.mjs</c> says about one card (one line of its output).</summary>
internal sealed record OfficialCardResult(
    string Name,
    string? OfficialError,
    bool SameAsOfficial,
    OfficialCardResult.JsonDifference? Difference,
    IReadOnlyDictionary<string, string[]> ParserErrors,
    OfficialCardResult.StrictWalk Strict)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The first place where our rendering and the official one differ; a side is null when it has nothing there.</summary>
    public sealed record JsonDifference(string Path, JsonElement? Ours, JsonElement? Official);

    public sealed record StrictWalk(string[] Problems, CardItem[] Items, string? DeclaredVersion, string? MaxVersionUsed);

    /// <summary>One element ("element"), inline ("inline") or action ("action") of the card, and the version that introduced it.</summary>
    public sealed record CardItem(string Path, string Kind, string Type, string Since);

    public static OfficialCardResult Parse(string line) =>
        JsonSerializer.Deserialize<OfficialCardResult>(line, Json)
        ?? throw new InvalidOperationException($"cards.mjs printed an empty result: {line}");

    public string DescribeDifference()
    {
        if (OfficialError is not null)
        {
            return $"the official templating engine failed: {OfficialError}";
        }

        if (Difference is null)
        {
            return "none";
        }

        return $"first difference at {Difference.Path}: ours {Show(Difference.Ours)}, official {Show(Difference.Official)}";

        static string Show(JsonElement? value) => value is { } element ? element.GetRawText() : "(nothing)";
    }
}
