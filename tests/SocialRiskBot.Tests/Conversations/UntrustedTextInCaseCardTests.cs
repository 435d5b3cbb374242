using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.IntegrationTests.Cards;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>
/// The hostile samples of <see cref="UntrustedText"/> (markdown, HTML, a Teams mention, bidi and control
/// characters) typed as the reporter's story and as a responder's note reach the case card in the department's
/// channel only as the text of a TextRun (the story as typed, the note inside its history line), never inside markdown, and no message of the bot carries a
/// mention entity made from them.
/// </summary>
public sealed class UntrustedTextInCaseCardTests : IAsyncDisposable
{
    private readonly ConversationHarness _bot = new(settings: new Dictionary<string, string?>(ReportDriver.Departments) { ["Bot:Connector:PaceSends"] = "false" });

    public static TheoryData<string> Samples => new(UntrustedText.Samples.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task The_story_and_a_note_show_only_as_TextRun_text_on_the_case_card(string sample)
    {
        var text = UntrustedText.Samples[sample];
        var caseNumber = await ReportAsync(text);
        await DeliverAsync();
        _bot.Connector.Members["29:lee"] = "Lee Gu";
        await _bot.SendAsync(ReportDriver.CaseCardPress(_bot, caseNumber, "note", 1, "29:lee", new Dictionary<string, object> { ["note"] = text }));
        await DeliverAsync();

        var shown = text.Trim();
        var cards = CaseCards().ToList();
        Assert.NotEmpty(cards);
        var places = cards.SelectMany(card => StringsContaining(card, shown)).ToList();
        Assert.Contains(places, p => p.Value == shown); // the story, as typed
        var elsewhere = places.Where(p => !(p.Property == "text" && p.Owner?["type"]?.GetValue<string>() == "TextRun")).Select(p => p.Path).ToList();
        Assert.True(elsewhere.Count == 0, $"{sample} is rendered into {string.Join(", ", elsewhere)}: not the text of a TextRun.");
        Assert.DoesNotContain(_bot.Connector.Calls.SelectMany(c => new[] { c.Activity, c.ThreadActivity }), a => a?.Entities?.Any(e => e.Type == "mention") == true);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_question_to_the_reporter_their_answer_and_the_resolution_show_only_as_TextRun_text_in_the_channel(string sample)
    {
        var text = Within(UntrustedText.Samples[sample], 400); // a question may be 500 characters
        var caseNumber = await ReportAsync("Our account posts ads.");
        await DeliverAsync();
        _bot.Connector.Members["29:lee"] = "Lee Gu";
        await _bot.SendAsync(ReportDriver.CaseCardPress(_bot, caseNumber, "ask", 1, "29:lee", new Dictionary<string, object> { ["question"] = "Q " + text }));
        await _bot.SendAsync(_bot.PersonalSubmit(new { command = "relay.answer", @case = caseNumber, question = "1", answer = "A " + text }, "question-card"));
        await _bot.SendAsync(ReportDriver.CaseCardPress(_bot, caseNumber, "resolve", 3, "29:lee", new Dictionary<string, object> { ["summary"] = "R " + text }));
        await DeliverAsync();

        var channelCards = _bot.Connector.Calls
            .Where(c => !c.Uri.AbsolutePath.Contains("personal-alex", StringComparison.Ordinal))
            .SelectMany(c => new[] { c.Activity, c.ThreadActivity })
            .OfType<Activity>()
            .Where(a => a.Attachments is { Count: > 0 })
            .Select(a => JsonNode.Parse(JsonSerializer.Serialize(a.Attachments![0].Content!.Value, BotJson.Wire.JsonElement))!)
            .ToList();
        foreach (var typed in new[] { "Q ", "A ", "R " }.Select(prefix => (prefix + text).Trim()))
        {
            var places = channelCards.SelectMany(card => StringsContaining(card, typed)).ToList();
            Assert.NotEmpty(places);
            var elsewhere = places.Where(p => !(p.Property == "text" && p.Owner?["type"]?.GetValue<string>() == "TextRun")).Select(p => p.Path).ToList();
            Assert.True(elsewhere.Count == 0, $"{sample} ({typed[0]}) is rendered into {string.Join(", ", elsewhere)}: not the text of a TextRun.");
        }

        Assert.DoesNotContain(_bot.Connector.Calls.SelectMany(c => new[] { c.Activity, c.ThreadActivity }), a => a?.Entities?.Any(e => e.Type == "mention") == true);
    }

    /// <summary>The text cut to at most <paramref name="length"/> characters, never inside a surrogate pair.</summary>
    private static string Within(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    private async Task<string> ReportAsync(string story)
    {
        var driver = new ReportDriver(_bot);
        var (cardId, form) = await driver.StartAsync();
        var details = await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "account-compromise" });
        var review = await driver.SubmitAsync(cardId, details, new { command = "report.details", platform = "instagram", whatHappened = story, urgency = "high" });
        return ReportDriver.CaseNumberPattern().Match(ReportDriver.Json(await driver.SubmitAsync(cardId, review, new { command = "report.submit", anonymous = "false" }))).Value;
    }

    private IEnumerable<JsonNode> CaseCards() =>
        _bot.Connector.Calls.SelectMany(c => new[] { c.Activity, c.ThreadActivity })
            .OfType<Activity>()
            .Where(a => a.Attachments is { Count: > 0 })
            .Select(a => JsonNode.Parse(JsonSerializer.Serialize(a.Attachments![0].Content!.Value, BotJson.Wire.JsonElement))!)
            .Where(card => card.ToJsonString().Contains("case.note", StringComparison.Ordinal));

    private Task<int> DeliverAsync() => _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    private sealed record Place(string Path, string? Property, JsonObject? Owner, string Value);

    private static IEnumerable<Place> StringsContaining(JsonNode? node, string text) => node switch
    {
        JsonObject obj => obj.SelectMany(p => p.Value is JsonValue value ? Found(value, p.Key, obj, text) : StringsContaining(p.Value, text)),
        JsonArray array => array.SelectMany(item => item is JsonValue value ? Found(value, null, null, text) : StringsContaining(item, text)),
        _ => [],
    };

    private static IEnumerable<Place> Found(JsonValue value, string? property, JsonObject? owner, string text) =>
        value.TryGetValue<string>(out var s) && s.Contains(text, StringComparison.Ordinal) ? [new Place(value.GetPath(), property, owner, s)] : [];

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
