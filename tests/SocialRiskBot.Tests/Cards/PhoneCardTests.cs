using SocialRiskBot.Faq.Teams;
using System.Text.Json;
using System.Text.Json.Nodes;
using SocialRiskBot.Cards;

namespace SocialRiskBot.Tests.Cards;

/// <summary>Cards read on a 390-pixel phone and in dark and high-contrast themes: nothing cut off, nothing faint.</summary>
public sealed class PhoneCardTests
{
    private const string LongQuestion = "My personal account that manages our company page was hacked overnight: what should I do first?";
    private static readonly CardChoice Long = new("hacked-personal-account-linked", LongQuestion);
    private static readonly CardRenderer Renderer = CardRenderer.LoadFrom(Path.Combine(AppContext.BaseDirectory, "cards"));

    public static TheoryData<string> CardsOfQuestions() => ["did-you-mean", "answer", "topic", "topics"];

    [Theory]
    [MemberData(nameof(CardsOfQuestions))]
    public void A_question_is_offered_in_full_on_a_tappable_row_never_as_a_button_title(string card)
    {
        var json = Render(card);

        Assert.DoesNotContain(Buttons(json), button => button["title"]?.GetValue<string>() == LongQuestion);
        var row = Assert.Single(Objects(json), o => o["selectAction"]?["title"]?.GetValue<string>() == LongQuestion);
        Assert.Equal("Container", row["type"]!.GetValue<string>());
        Assert.Equal("Action.Submit", row["selectAction"]!["type"]!.GetValue<string>());
        var text = Assert.Single(Objects(row), o => o["type"]?.GetValue<string>() == "TextBlock");
        Assert.Equal(LongQuestion, text["text"]!.GetValue<string>());
        Assert.True(text["wrap"]!.GetValue<bool>());
        Assert.Null(text["maxLines"]);
    }

    [Fact]
    public void A_topic_row_submits_its_topic_and_a_question_row_its_entry()
    {
        var topics = Render("topics");
        var topicRow = Assert.Single(Objects(topics), o => o["selectAction"]?["title"]?.GetValue<string>() == LongQuestion)["selectAction"]!["data"]!;
        Assert.Equal("""{"command":"faq.topic","topic":"hacked-personal-account-linked"}""", topicRow.ToJsonString());

        var suggestions = Render("did-you-mean");
        var questionRow = Assert.Single(Objects(suggestions), o => o["selectAction"]?["title"]?.GetValue<string>() == LongQuestion)["selectAction"]!["data"]!;
        Assert.Equal("""{"command":"faq.show","entry":"hacked-personal-account-linked","question":"q-1"}""", questionRow.ToJsonString());
    }

    [Fact]
    public void No_template_writes_text_in_green_or_yellow_which_is_hard_to_read_on_a_light_background()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "cards");
        var faint = Directory.EnumerateFiles(folder, "*.json")
            .Where(f => !f.EndsWith(".data.json", StringComparison.Ordinal))
            .SelectMany(f => Objects(JsonNode.Parse(File.ReadAllText(f))!)
                .Where(o => o["type"]?.GetValue<string>() is "TextBlock" or "TextRun" && o["color"]?.GetValue<string>() is "Good" or "Warning")
                .Select(o => $"{Path.GetFileName(f)} {o.GetPath()}"))
            .ToList();

        Assert.Empty(faint);
    }

    private static JsonNode Render(string card)
    {
        var attachment = card switch
        {
            "did-you-mean" => Renderer.Render(new FaqDidYouMeanCard("q-1", "hacked", [Long])),
            "answer" => Renderer.Render(new FaqAnswerCard("q-1", "e-1", false, string.Empty, "Title", "Answer", "Policy", string.Empty, false, true, [Long], true, false, false)),
            "topic" => Renderer.Render(new FaqTopicCard("hacked-account", "A company account is hacked", [Long])),
            _ => Renderer.Render(new FaqTopicsCard([Long])),
        };
        return JsonNode.Parse(JsonSerializer.Serialize(attachment.Content))!;
    }

    private static IEnumerable<JsonObject> Buttons(JsonNode card) =>
        Objects(card).Where(o => o["actions"] is JsonArray).SelectMany(o => o["actions"]!.AsArray().OfType<JsonObject>());

    private static IEnumerable<JsonObject> Objects(JsonNode node) => node switch
    {
        JsonObject obj => [obj, .. obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Objects)],
        JsonArray array => array.OfType<JsonNode>().SelectMany(Objects),
        _ => [],
    };
}
