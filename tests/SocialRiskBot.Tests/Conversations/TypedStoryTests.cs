using SocialRiskBot.Incidents.Teams;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Conversations;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>On the phone the reporter types their story as a chat message instead of into the form.</summary>
public sealed class TypedStoryTests : IAsyncLifetime
{
    private const string Story = "Someone made a fake LinkedIn page for our CEO!";
    private readonly ConversationHarness _bot = new(settings: ReportDriver.Departments);
    private readonly ReportDriver _reporter;

    public TypedStoryTests() => _reporter = new ReportDriver(_bot);

    [Fact]
    public async Task A_typed_story_fills_the_form_in_progress_in_place_with_its_error_cleared_and_nothing_chosen_for_the_reporter()
    {
        var (cardId, form) = await _reporter.StartAsync();
        var details = await _reporter.SubmitAsync(cardId, form, new { command = "report.category", category = "impersonation" });
        var refused = await _reporter.SubmitAsync(cardId, details, new { command = "report.details", whatHappened = "" });
        Assert.Contains("Please tell us what happened", Json(refused), StringComparison.Ordinal);

        var replies = await _bot.SendAsync(_bot.PersonalMessage("  " + Story + "  "));

        Assert.Equal(ReportConversation.StoryTaken, Assert.Single(replies).Text);
        var updated = FormNowIn(cardId);
        var json = Json(updated);
        Assert.Contains($"\"value\":\"{Story}\"", json, StringComparison.Ordinal); // word for word, its "!" kept
        Assert.DoesNotContain("Please tell us what happened", json, StringComparison.Ordinal);
        Assert.Contains("Still needed", json, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"urgency\",\"style\":\"expanded\",\"value\":\"\"", json, StringComparison.Ordinal); // no urgency chosen for them
        Assert.Contains("\"id\":\"platform\",\"style\":\"compact\",\"placeholder\":\"Choose the app or site\",\"value\":\"\"", json, StringComparison.Ordinal);

        // Only the form as it is now counts: the version before the story is spent.
        var stale = Assert.Single(await _bot.SendAsync(_reporter.Submit(cardId, refused, new { command = "report.details", whatHappened = "older words", platform = "x", urgency = "low" })));
        Assert.Contains(Story, Json(stale), StringComparison.Ordinal);
        Assert.DoesNotContain("older words", Json(stale), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_is_still_needed_is_asked_for_on_the_form_and_never_filled_with_defaults()
    {
        var (cardId, form) = await _reporter.StartAsync();
        await _reporter.SubmitAsync(cardId, form, new { command = "report.category", category = "impersonation" });
        await _bot.SendAsync(_bot.PersonalMessage(Story));
        var withStory = FormNowIn(cardId);

        var asked = await _reporter.SubmitAsync(cardId, withStory, new { command = "report.details", whatHappened = Story });
        Assert.Contains("Please choose where it happened and how urgent it feels.", Json(asked), StringComparison.Ordinal);
        Assert.Contains(Story, Json(asked), StringComparison.Ordinal);

        var review = Json(await _reporter.SubmitAsync(cardId, asked, new { command = "report.details", whatHappened = Story, platform = "linkedin", urgency = "medium", officialAccount = "true" }));
        Assert.Contains("report.submit", review, StringComparison.Ordinal);
        Assert.Contains(Story, review, StringComparison.Ordinal);
        Assert.Contains("Today, please", review, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_typed_before_the_category_is_kept_on_the_card_and_fills_the_form_after_it()
    {
        var (cardId, _) = await _reporter.StartAsync();

        Assert.Equal(ReportConversation.StoryTakenChooseCategory, Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(Story))).Text);
        var categories = FormNowIn(cardId);
        Assert.Contains(Story, Json(categories), StringComparison.Ordinal);
        Assert.Contains("report.category", Json(categories), StringComparison.Ordinal);

        var details = await _reporter.SubmitAsync(cardId, categories, new { command = "report.category", category = "impersonation" });
        Assert.Contains($"\"value\":\"{Story}\"", Json(details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_form_in_progress_report_and_a_story_starts_a_report_with_the_story_as_typed()
    {
        var card = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report Our logo is on a fake shop. Please look...")));

        Assert.Contains("report.category", Json(card), StringComparison.Ordinal);
        Assert.Contains("Our logo is on a fake shop. Please look...", Json(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_typed_at_the_review_goes_back_to_the_form_with_the_new_story_and_the_rest_kept()
    {
        var (cardId, form) = await _reporter.StartAsync();
        var details = await _reporter.SubmitAsync(cardId, form, new { command = "report.category", category = "impersonation" });
        await _reporter.SubmitAsync(cardId, details, new { command = "report.details", whatHappened = "A fake page.", platform = "linkedin", urgency = "high" });

        await _bot.SendAsync(_bot.PersonalMessage(Story));

        var json = Json(FormNowIn(cardId));
        Assert.Contains($"\"value\":\"{Story}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"linkedin\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"high\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("report.submit", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_live_form_at_a_time_report_again_brings_the_form_here_and_the_older_card_is_spent()
    {
        var (oldId, form) = await _reporter.StartAsync();

        var fresh = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report")));
        var spent = Json(FormNowIn(oldId));

        Assert.Contains("report.category", Json(fresh), StringComparison.Ordinal);
        Assert.Contains("Report continued below", spent, StringComparison.Ordinal);
        Assert.DoesNotContain("report.", spent, StringComparison.Ordinal);

        // A press on the old card (a client that had not redrawn it yet) does not bring a second live form.
        var pressed = Assert.Single(await _bot.SendAsync(_reporter.Submit(oldId, form, new { command = "report.category", category = "impersonation" })));
        Assert.DoesNotContain("report.", Json(pressed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_story_with_no_report_open_is_still_a_question()
    {
        var replies = await _bot.SendAsync(_bot.PersonalMessage("Can I post photos from the office party?"));

        Assert.DoesNotContain(replies, r => Json(r).Contains("report.category", StringComparison.Ordinal));
    }

    /// <summary>The last state the bot gave the message <paramref name="cardId"/> (a PUT on it).</summary>
    private Activity FormNowIn(string cardId) =>
        _bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put && c.Uri.AbsolutePath.EndsWith("/activities/" + cardId, StringComparison.Ordinal)).Activity!;

    private static string Json(Activity activity) => ReportDriver.Json(activity);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
