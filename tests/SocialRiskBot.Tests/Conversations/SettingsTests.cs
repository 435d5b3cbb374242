using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Conversations;
using SocialRiskBot.Profiles;
using SocialRiskBot.Profiles.Teams;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

public sealed class SettingsTests : IAsyncLifetime
{
    private readonly ConversationHarness _bot = new();

    private SettingsService Settings => _bot.Services.GetRequiredService<SettingsService>();

    [Fact]
    public async Task Settings_shows_a_form_with_every_department_and_reminders_on_for_a_new_user()
    {
        var form = Card(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("settings"))));

        var choices = Input(form, "department").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(["it-security", "legal-compliance", "hr", "communications", "customer-care", "marketing", "vendor-management", "corporate-security", "privacy", "investor-relations", "risk-committee"], choices);
        Assert.Equal("", Input(form, "department").GetProperty("value").GetString());
        Assert.Equal("true", Input(form, "reminders").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Saving_replaces_the_card_in_place_with_what_was_chosen()
    {
        var formId = await OpenFormAsync();

        var replies = await _bot.SendAsync(Submit(formId, version: 0, department: "marketing", reminders: "false"));

        var update = _bot.Connector.Calls.Last();
        Assert.Equal(HttpMethod.Put, update.Method);
        Assert.EndsWith($"/activities/{formId}", update.Uri.AbsolutePath, StringComparison.Ordinal);
        var saved = JsonSerializer.Serialize(Card(Assert.Single(replies)), BotJson.Wire.JsonElement);
        Assert.Contains("Settings saved", saved, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Marketing\"", saved, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Off\"", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.", saved, StringComparison.Ordinal);

        var profile = await Settings.GetAsync("aad-alex", CancellationToken.None);
        Assert.Equal(("marketing", false, 1), (profile.DepartmentId, profile.RemindersOn, profile.Version));
    }

    [Fact]
    public async Task The_next_form_shows_the_saved_choices()
    {
        var formId = await OpenFormAsync();
        await _bot.SendAsync(Submit(formId, version: 0, department: "hr", reminders: "true"));

        var form = Card(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("settings"))));

        Assert.Equal("hr", Input(form, "department").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Submitting_the_same_card_again_changes_nothing_and_says_why()
    {
        var formId = await OpenFormAsync();
        await _bot.SendAsync(Submit(formId, version: 0, department: "marketing", reminders: "true"));

        var replies = await _bot.SendAsync(Submit(formId, version: 0, department: "hr", reminders: "false"));

        Assert.Equal(SettingsConversation.StaleCard, replies[0].Text);
        Assert.Equal("marketing", Input(Card(replies[1]), "department").GetProperty("value").GetString());
        var profile = await Settings.GetAsync("aad-alex", CancellationToken.None);
        Assert.Equal(("marketing", true, 1), (profile.DepartmentId, profile.RemindersOn, profile.Version));
    }

    [Theory]
    [InlineData("no-such-department")]
    [InlineData("<at>x</at>")]
    public async Task A_tampered_department_is_refused_and_nothing_changes(string department)
    {
        var formId = await OpenFormAsync();

        var replies = await _bot.SendAsync(Submit(formId, version: 0, department: department, reminders: "false"));

        Assert.Equal(SettingsConversation.UnknownDepartment, replies[0].Text);
        Assert.Equal(0, (await Settings.GetAsync("aad-alex", CancellationToken.None)).Version);
    }

    [Fact]
    public async Task A_card_without_a_version_is_treated_as_stale()
    {
        var formId = await OpenFormAsync();
        var replies = await _bot.SendAsync(_bot.PersonalSubmit(new { command = "settings.save", department = "hr" }, formId));

        Assert.Equal(SettingsConversation.StaleCard, replies[0].Text);
    }

    [Fact]
    public async Task Parallel_submits_of_one_card_save_once()
    {
        var formId = await OpenFormAsync();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _bot.SendAsync(Submit(formId, version: 0, department: i % 2 == 0 ? "hr" : "marketing", reminders: "true"))));

        Assert.Single(_bot.Connector.Calls, c => c.Method == HttpMethod.Put && ReportDriver.Json(c.Activity!).Contains("Settings saved", StringComparison.Ordinal));
        Assert.Equal(1, (await Settings.GetAsync("aad-alex", CancellationToken.None)).Version);
    }

    private async Task<string> OpenFormAsync()
    {
        await _bot.SendAsync(_bot.PersonalMessage("settings"));
        return $"bot-msg-{_bot.Connector.Calls.Count}";
    }

    private Activity Submit(string formId, int version, string department, string reminders) =>
        _bot.PersonalSubmit(new { command = "settings.save", version, department, reminders }, formId);

    private static JsonElement Card(Activity activity) => Assert.Single(activity.Attachments!).Content!.Value;

    private static JsonElement Input(JsonElement card, string id) =>
        card.GetProperty("body").EnumerateArray().Single(e => e.TryGetProperty("id", out var i) && i.GetString() == id);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
