using System.Text.Json;
using System.Text.Json.Nodes;
using SocialRiskBot.Cards;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>
/// Every template of <c>cards/</c> rendered with its sample data by our engine, then all of them checked in one
/// run of <c>tests/conformance/cards.mjs</c> (one node process for the whole test pass, shared by every test).
/// </summary>
internal static class TemplateConformanceRun
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, TemplateCheck>>> Run = new(RunAsync);

    public static async Task<TemplateCheck> ForAsync(string templateName)
    {
        var checks = await Run.Value;
        Assert.True(checks.TryGetValue(templateName, out var check), $"cards/{templateName}.json was not part of the conformance run.");
        return check;
    }

    private static async Task<IReadOnlyDictionary<string, TemplateCheck>> RunAsync()
    {
        var prepared = CardTemplatesFolder.TemplateNames().Select(Prepare).ToList();
        var toSend = prepared.Where(p => p.Input is not null).ToList();
        var official = await CheckWithNodeAsync(toSend.Select(p => p.Input!));

        return prepared.ToDictionary(
            p => p.Check.Name,
            p => p.Check with { Official = official.GetValueOrDefault(p.Check.Name) },
            StringComparer.Ordinal);
    }

    private sealed record Prepared(TemplateCheck Check, JsonObject? Input);

    private static Prepared Prepare(string name)
    {
        var audience = CardCatalog.Entries.FirstOrDefault(e => e.TemplateName == name)?.Audience;
        var check = new TemplateCheck(name, audience, Problem: null, OurRendering: null, OurError: null, Official: null);
        var templateText = File.ReadAllText(CardTemplatesFolder.TemplateFile(name));
        if (!File.Exists(CardTemplatesFolder.SampleDataFile(name)))
        {
            return new Prepared(check with { Problem = $"its sample data cards/{name}.data.json is missing (every template needs one, to open it in the Designer and to check it here)" }, null);
        }

        JsonNode template;
        JsonNode data;
        try
        {
            template = JsonNode.Parse(templateText) ?? throw new JsonException("the file holds null");
            data = JsonNode.Parse(File.ReadAllText(CardTemplatesFolder.SampleDataFile(name))) ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            return new Prepared(check with { Problem = $"the template or its sample data is not valid JSON: {e.Message}" }, null);
        }

        try
        {
            check = check with { OurRendering = CardTemplate.Parse(name, templateText).Render(data) };
        }
        catch (CardTemplateException e)
        {
            check = check with { OurError = e.Message };
        }

        var input = new JsonObject
        {
            ["name"] = name,
            ["template"] = template,
            ["data"] = data.DeepClone(),
            ["ourRendering"] = check.OurRendering?.DeepClone(),
            ["ourError"] = check.OurError,
            // Employee cards are also read as a Teams mobile client would: by the parser at 1.2.
            ["alsoParseAt"] = audience == CardAudience.Employee ? new JsonArray(MobileCardRules.MaxVersion) : new JsonArray(),
        };
        return new Prepared(check, input);
    }

    private static async Task<Dictionary<string, OfficialCardResult>> CheckWithNodeAsync(IEnumerable<JsonObject> cards)
    {
        var input = new JsonArray([.. cards]);
        var output = await NodeScript.RunAsync("cards.mjs", input.ToJsonString());
        if (output.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"node tests/conformance/cards.mjs failed (exit code {output.ExitCode}):\n{output.StandardError}");
        }

        var results = output.Lines.Select(OfficialCardResult.Parse).ToDictionary(r => r.Name, StringComparer.Ordinal);
        if (results.Count != input.Count)
        {
            throw new InvalidOperationException($"cards.mjs returned {results.Count} results for {input.Count} cards:\n{output.StandardOutput}\n{output.StandardError}");
        }

        return results;
    }
}
