using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Faq;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>An employee asks policy questions in personal chat: answers, "Did you mean…", the honest fallback, feedback, browsing.</summary>
public sealed class FaqConversationTests : IAsyncDisposable
{
    private const string OfficialQuestion = "Who is allowed to post on the company's official social-media accounts?";
    private readonly ConversationHarness _bot = new(settings: ReportDriver.Departments);

    [Theory]
    [InlineData(OfficialQuestion)]
    [InlineData("ask " + OfficialQuestion)]
    public async Task A_question_typed_or_after_ask_gets_the_answer_card_with_its_policy_and_feedback_buttons(string text)
    {
        var card = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(text))));

        Assert.Contains("\"entry\":\"who-may-post-for-company\"", card, StringComparison.Ordinal);
        Assert.Contains("account registry", card, StringComparison.Ordinal);
        Assert.Contains("Source: Social-media policy, official accounts", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Read the policy\"", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Helpful\"", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Not helpful\"", card, StringComparison.Ordinal);
        Assert.Contains("Related questions", card, StringComparison.Ordinal);
        var stored = Assert.Single(await QuestionsAsync());
        Assert.Equal((AskedOutcome.Answered, "who-may-post-for-company"), (stored.Outcome, stored.EntryId));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Good morning!")]
    [InlineData("hello there 👋")]
    public async Task A_greeting_gets_a_friendly_word_not_an_faq_match(string text)
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(text)));

        Assert.StartsWith("Hi Alex!", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
        Assert.Empty(await QuestionsAsync());
    }

    [Theory]
    [InlineData("thanks!")]
    [InlineData("ok thank you so much")]
    [InlineData("cheers")]
    public async Task Thanks_get_a_short_welcome(string text)
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(text)));

        Assert.Equal(SocialRiskBot.Faq.Teams.FaqConversation.Thanks, reply.Text);
        Assert.Empty(await QuestionsAsync());
    }

    [Theory]
    [InlineData("how do I connect to the vpn from home")]
    [InlineData("what's the weather like tomorrow")]
    public async Task An_out_of_scope_question_gets_the_honest_fallback_with_browse_and_ask_the_policy_team(string text)
    {
        var card = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(text))));

        Assert.Contains("I don't have an answer for that yet", card, StringComparison.Ordinal);
        Assert.Contains("\"command\":\"faq.topics\"", card, StringComparison.Ordinal);
        Assert.Contains("\"command\":\"faq.askteam\"", card, StringComparison.Ordinal);
        Assert.Equal(AskedOutcome.NoAnswer, Assert.Single(await QuestionsAsync()).Outcome);
    }

    [Fact]
    public async Task Ask_alone_asks_what_they_want_to_know()
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("ask")));
        Assert.Contains("What would you like to know?", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Helpful_is_stored_once_and_the_card_says_thanks_in_place()
    {
        var card = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(OfficialQuestion))));

        var thanks = await PressAsync(card, "faq.feedback", "Helpful");
        var again = await PressAsync(card, "faq.feedback", "Not helpful"); // an old copy of the card: the first answer stands

        Assert.Contains("Glad it helped", thanks, StringComparison.Ordinal);
        Assert.DoesNotContain("faq.feedback", thanks, StringComparison.Ordinal);
        Assert.Contains("Glad it helped", again, StringComparison.Ordinal);
        Assert.True(Assert.Single(await QuestionsAsync()).Helpful);
    }

    [Fact]
    public async Task Not_helpful_offers_the_policy_team()
    {
        var card = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(OfficialQuestion))));

        var replaced = await PressAsync(card, "faq.feedback", "Not helpful");

        Assert.Contains("Sorry it didn't help", replaced, StringComparison.Ordinal);
        Assert.Contains("\"command\":\"faq.askteam\"", replaced, StringComparison.Ordinal);
        var stored = Assert.Single(await QuestionsAsync());
        Assert.False(stored.Helpful);
        Assert.True(stored.IsGap);
    }

    [Fact]
    public async Task Did_you_mean_offers_up_to_three_entries_and_picking_one_replaces_the_card_with_its_answer()
    {
        await using var unsure = new ConversationHarness(settings: Unsure());
        var card = ReportDriver.Json(Assert.Single(await unsure.SendAsync(unsure.PersonalMessage("our instagram got hacked"))));

        Assert.Contains("Did you mean", card, StringComparison.Ordinal);
        var offered = Entries(card);
        Assert.InRange(offered.Count, 1, FaqAnswerer.MaxSuggestions);
        Assert.Contains("\"command\":\"faq.none\"", card, StringComparison.Ordinal);

        var answer = await PressAsync(unsure, card, "faq.show", offered[0].Title);

        Assert.Contains("\"title\":\"Helpful\"", answer, StringComparison.Ordinal);
        Assert.Contains($"\"entry\":\"{offered[0].Id}\"", answer, StringComparison.Ordinal);
        Assert.Contains("our instagram got hacked", answer, StringComparison.Ordinal); // "You asked"
        var stored = Assert.Single(await QuestionsAsync(unsure));
        Assert.Equal((AskedOutcome.DidYouMean, offered[0].Id), (stored.Outcome, stored.PickedEntryId));
        Assert.False(stored.IsGap);
    }

    [Theory]
    [InlineData("photos")]
    [InlineData("Glassdoor?")]
    public async Task A_single_word_is_never_answered_outright_the_closest_questions_are_offered(string text)
    {
        var card = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(text))));

        Assert.Contains("Did you mean", card, StringComparison.Ordinal);
        Assert.NotEmpty(Entries(card));
    }

    [Fact]
    public async Task None_of_these_turns_did_you_mean_into_the_fallback_and_counts_as_a_gap()
    {
        await using var unsure = new ConversationHarness(settings: Unsure());
        var card = ReportDriver.Json(Assert.Single(await unsure.SendAsync(unsure.PersonalMessage("our instagram got hacked"))));

        var fallback = await PressAsync(unsure, card, "faq.none", "None of these");

        Assert.Contains("I don't have an answer for that yet", fallback, StringComparison.Ordinal);
        var stored = Assert.Single(await QuestionsAsync(unsure));
        Assert.True(stored.RejectedSuggestions);
        Assert.True(stored.IsGap);
    }

    [Fact]
    public async Task Browsing_topics_lists_a_topics_questions_and_opens_one()
    {
        var topics = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("topics"))));
        Assert.Contains("A company account is hacked", topics, StringComparison.Ordinal);

        var list = Assert.Single(await _bot.SendAsync(_bot.PersonalSubmit(new { command = "faq.topic", topic = "hacked-account" }, "topics-msg")));
        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.Last().Method);
        var json = ReportDriver.Json(list);
        var first = Entries(json)[0];

        var answer = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalSubmit(new { command = "faq.show", entry = first.Id }, "topic-msg"))));

        Assert.Equal(HttpMethod.Post, _bot.Connector.Calls.Last().Method); // a new card: the list stays
        Assert.Contains($"\"entry\":\"{first.Id}\"", answer, StringComparison.Ordinal);
        Assert.Equal(AskedOutcome.Browsed, Assert.Single(await QuestionsAsync()).Outcome);
    }

    [Theory]
    [InlineData("faq.show", "no-such-entry")]
    [InlineData("faq.feedback", null)]
    [InlineData("faq.frobnicate", null)]
    public async Task A_stale_or_tampered_button_gets_a_kind_answer_and_changes_nothing(string command, string? entry)
    {
        var replies = await _bot.SendAsync(_bot.PersonalSubmit(new { command, entry, question = "202611-deadbeef", helpful = "true" }, "old-msg"));

        Assert.NotEmpty(replies);
        Assert.NotNull(replies[0].Text);
        Assert.Empty(await QuestionsAsync());
    }

    [Fact]
    public async Task Text_typed_while_a_report_waits_for_details_goes_to_the_report_not_the_faq()
    {
        var driver = new ReportDriver(_bot);
        var (cardId, form) = await driver.StartAsync();
        await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "account-compromise" });

        var replies = await _bot.SendAsync(_bot.PersonalMessage("Our Instagram posts crypto ads and nobody can log in."));

        Assert.DoesNotContain(replies, r => ReportDriver.Json(r).Contains("faq.feedback", StringComparison.Ordinal));
        Assert.Empty(await QuestionsAsync());
    }

    internal static IReadOnlyDictionary<string, string?> Unsure() => new Dictionary<string, string?>(ReportDriver.Departments)
    {
        ["Faq:AnswerThreshold"] = "1",
        ["Faq:SuggestThreshold"] = "0",
    };

    /// <summary>The entries a card offers as faq.show buttons, in order.</summary>
    internal static List<(string Id, string Title)> Entries(string card)
    {
        var found = new List<(string, string)>();
        Walk(JsonDocument.Parse(card).RootElement);
        return found;

        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                    && data.TryGetProperty("command", out var c) && c.GetString() == "faq.show")
                {
                    found.Add((data.GetProperty("entry").GetString()!, element.GetProperty("title").GetString()!));
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
    }

    internal static Task<string> PressAsync(ConversationHarness bot, string card, string command, string title) =>
        FaqCardPress.PressAsync(bot, card, command, title);

    private Task<string> PressAsync(string card, string command, string title) => PressAsync(_bot, card, command, title);

    private Task<List<AskedQuestion>> QuestionsAsync() => QuestionsAsync(_bot);

    internal static async Task<List<AskedQuestion>> QuestionsAsync(ConversationHarness bot)
    {
        var store = bot.Services.GetRequiredService<AskedQuestionStore>();
        var all = new List<AskedQuestion>();
        var now = bot.Time.GetUtcNow();
        await foreach (var (question, _) in store.SinceAsync(now.AddDays(-1), now.AddDays(1), CancellationToken.None))
        {
            all.Add(question);
        }

        return all;
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
