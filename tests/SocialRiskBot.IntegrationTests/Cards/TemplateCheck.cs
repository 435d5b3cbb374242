using System.Text.Json.Nodes;
using SocialRiskBot.Cards;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>One template of <c>cards/</c>, rendered with its sample data by our engine and checked by cards.mjs.</summary>
/// <param name="Problem">Why the template could not be checked at all (no sample data, not JSON), or null.</param>
/// <param name="OurError">Why our engine refused to render it, or null.</param>
/// <param name="Official">What cards.mjs found, or null when the template could not be sent.</param>
internal sealed record TemplateCheck(
    string Name,
    CardAudience? Audience,
    string? Problem,
    JsonObject? OurRendering,
    string? OurError,
    OfficialCardResult? Official)
{
    /// <summary>The official result, or a failure saying why there is none.</summary>
    public OfficialCardResult RequireOfficial()
    {
        Assert.True(Problem is null, $"cards/{Name}.json cannot be checked: {Problem}");
        Assert.True(Official is not null, $"cards/{Name}.json: cards.mjs returned no result for it.");
        return Official;
    }

    public JsonObject RequireOurRendering()
    {
        Assert.True(Problem is null, $"cards/{Name}.json cannot be checked: {Problem}");
        Assert.True(OurRendering is not null, $"cards/{Name}.json: our template engine refused it: {OurError}");
        return OurRendering;
    }
}
