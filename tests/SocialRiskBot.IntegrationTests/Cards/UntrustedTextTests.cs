using System.Text.Json;
using System.Text.Json.Nodes;
using SocialRiskBot.Cards;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>
/// What users type is shown through RichTextBlock/TextRun, never interpreted as markdown or HTML (design.md,
/// "Mobile first"). The welcome card shows the user's first name: rendered by our engine with hostile names,
/// then by the official adaptivecards renderer in headless Chromium (tests/conformance/untrusted-text.mjs),
/// and by the official templating engine, parser and strict walk (tests/conformance/cards.mjs).
/// </summary>
public sealed class UntrustedTextTests
{
    private const string Template = "welcome";

    private static readonly JsonSerializerOptions ModelJson = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<Task<Results>> Run = new(RunAsync);

    public static TheoryData<string> Samples => new(UntrustedText.Samples.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Untrusted_first_name_shows_literally_in_the_official_renderer(string sample)
    {
        var results = await Run.Value;
        var browser = results.Browser[sample];

        Assert.True(browser.Problems.Length == 0, $"The welcome card with the first name {Show(sample)} in the official renderer:\n{string.Join("\n", browser.Problems)}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Untrusted_first_name_appears_only_as_the_text_of_a_TextRun(string sample)
    {
        var text = UntrustedText.Samples[sample];
        var places = StringsContaining(Render(text), text).ToList();

        var elsewhere = places
            .Where(place => !(place.Property == "text" && place.Owner?["type"]?.GetValue<string>() == "TextRun" && place.Value == text))
            .Select(place => place.Path)
            .ToList();

        Assert.True(places.Count > 0, $"The first name {Show(sample)} does not appear in the welcome card.");
        Assert.True(elsewhere.Count == 0, $"The first name {Show(sample)} is rendered into {string.Join(", ", elsewhere)}: not the whole text of a TextRun.");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Untrusted_first_name_keeps_the_card_valid_conformant_and_under_28_KB(string sample)
    {
        var card = Render(UntrustedText.Samples[sample]);
        var wire = CardSize.WireJson(card);
        var reread = JsonNode.Parse(wire);
        var bytes = CardSize.Bytes(card);
        var official = (await Run.Value).Official[sample];

        Assert.True(JsonNode.DeepEquals(card, reread), $"The welcome card with {Show(sample)} does not survive its own wire JSON:\n{wire}");
        Assert.True(bytes < CardSize.BudgetBytes, $"The welcome card with {Show(sample)} is {bytes} bytes, over {CardSize.BudgetBytes}.");
        Assert.True(official.SameAsOfficial, $"With {Show(sample)}: our engine and adaptivecards-templating disagree, {official.DescribeDifference()}");
        Assert.True(official.ParserErrors["1.5"].Length == 0, $"With {Show(sample)}: the adaptivecards parser reports:\n{string.Join("\n", official.ParserErrors["1.5"])}");
        Assert.True(official.Strict.Problems.Length == 0, $"With {Show(sample)}: the strict walk reports:\n{string.Join("\n", official.Strict.Problems)}");
    }

    private sealed record Results(IReadOnlyDictionary<string, BrowserResult> Browser, IReadOnlyDictionary<string, OfficialCardResult> Official);

    /// <summary>One line of untrusted-text.mjs's output.</summary>
    private sealed record BrowserResult(string Name, string[] Problems, string[] TextRuns, string[] Tags);

    private sealed record Place(string Path, string? Property, JsonObject? Owner, string Value);

    /// <summary>Both node scripts, once for all the tests of this class, side by side.</summary>
    private static async Task<Results> RunAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"The untrusted-text check renders cards in headless Chromium, not found at {chromium}: apt-get install -y chromium (or set CHROMIUM_PATH).");
        }

        var sampleData = JsonNode.Parse(await File.ReadAllTextAsync(CardTemplatesFolder.SampleDataFile(Template)));
        var sampleName = sampleData?["firstName"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"cards/{Template}.data.json has no firstName.");

        var browserInput = new JsonArray { Entry("sample data", sampleName) };
        var cardsInput = new JsonArray();
        var templateJson = JsonNode.Parse(await File.ReadAllTextAsync(CardTemplatesFolder.TemplateFile(Template)));
        foreach (var (name, text) in UntrustedText.Samples)
        {
            browserInput.Add(Entry(name, text));
            cardsInput.Add(new JsonObject
            {
                ["name"] = name,
                ["template"] = templateJson?.DeepClone(),
                ["data"] = Data(text),
                ["ourRendering"] = Render(text),
            });
        }

        var browser = NodeScript.RunAsync("untrusted-text.mjs", browserInput.ToJsonString());
        var cards = NodeScript.RunAsync("cards.mjs", cardsInput.ToJsonString());
        return new Results(
            Lines(await browser, "untrusted-text.mjs").Select(line => Deserialize<BrowserResult>(line)).ToDictionary(r => r.Name, StringComparer.Ordinal),
            Lines(await cards, "cards.mjs").Select(OfficialCardResult.Parse).ToDictionary(r => r.Name, StringComparer.Ordinal));

        static JsonObject Entry(string name, string text) => new() { ["name"] = name, ["text"] = text, ["card"] = Render(text) };
    }

    private static IReadOnlyList<string> Lines(NodeScript.Output output, string script)
    {
        if (output.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"node tests/conformance/{script} failed (exit code {output.ExitCode}):\n{output.StandardError}");
        }

        return output.Lines;
    }

    /// <summary>The welcome card as the application renders it: the model's JSON bound into the template by our engine.</summary>
    private static JsonObject Render(string firstName) =>
        CardTemplate.Parse(Template, File.ReadAllText(CardTemplatesFolder.TemplateFile(Template))).Render(Data(firstName));

    private static JsonNode Data(string firstName) =>
        JsonSerializer.SerializeToNode(new WelcomeCard(firstName), ModelJson) ?? throw new InvalidOperationException("The welcome model serialized to null.");

    /// <summary>Every string of the card that contains <paramref name="text"/>, with the property and object holding it.</summary>
    private static IEnumerable<Place> StringsContaining(JsonNode? node, string text) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is JsonValue value
            ? Found(value, p.Key, obj, text)
            : StringsContaining(p.Value, text)),
        JsonArray array => array.SelectMany(item => item is JsonValue value
            ? Found(value, null, null, text)
            : StringsContaining(item, text)),
        _ => [],
    };

    private static IEnumerable<Place> Found(JsonValue value, string? property, JsonObject? owner, string text) =>
        value.TryGetValue<string>(out var s) && s.Contains(text, StringComparison.Ordinal)
            ? [new Place(value.GetPath(), property, owner, s)]
            : [];

    private static T Deserialize<T>(string line) =>
        JsonSerializer.Deserialize<T>(line, ModelJson) ?? throw new InvalidOperationException($"Empty result line: {line}");

    private static string Show(string sample) => $"\"{sample}\"";
}
