using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Conversations;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

public sealed class InstallAndHelpTests : IAsyncLifetime
{
    private readonly ConversationHarness _bot = new();

    [Fact]
    public async Task A_new_user_who_installs_the_app_gets_one_welcome_card_greeting_them_by_first_name()
    {
        var replies = await _bot.SendAsync(_bot.PersonalInstall(name: "Alex Wilber"));

        var card = Assert.Single(replies).CardJson();
        Assert.Contains("Welcome to SocialRiskBot", card, StringComparison.Ordinal);
        Assert.Contains("\"Alex\"", card, StringComparison.Ordinal);
        Assert.Contains("help", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_install_event_without_a_name_greets_the_user_by_the_name_in_the_roster()
    {
        _bot.Connector.Members["29:megan"] = "Megan Bowen";

        var card = Assert.Single(await _bot.SendAsync(_bot.InstallationUpdate("add", userId: "29:megan"))).CardJson();

        Assert.Contains("\"Megan\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_the_roster_does_not_know_is_still_welcomed()
    {
        var card = Assert.Single(await _bot.SendAsync(_bot.InstallationUpdate("add", userId: "29:nobody"))).CardJson();

        Assert.Contains("\"there\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_resending_the_install_events_does_not_welcome_the_user_again()
    {
        await _bot.SendAsync(_bot.PersonalInstall());
        var again = await _bot.SendAsync(_bot.InstallationUpdate("add"));
        var andAgain = await _bot.SendAsync(_bot.PersonalInstall());

        Assert.Empty(again);
        Assert.Empty(andAgain);
    }

    [Fact]
    public async Task An_app_upgrade_is_not_a_new_install_but_a_reinstall_after_removal_is()
    {
        await _bot.SendAsync(_bot.InstallationUpdate("add"));
        Assert.Empty(await _bot.SendAsync(_bot.InstallationUpdate("add-upgrade")));

        await _bot.SendAsync(_bot.InstallationUpdate("remove"));
        var reinstall = await _bot.SendAsync(_bot.InstallationUpdate("add"));

        Assert.Contains("Welcome to SocialRiskBot", Assert.Single(reinstall).CardJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_users_installing_each_get_their_own_welcome()
    {
        Assert.Single(await _bot.SendAsync(_bot.PersonalInstall("29:alex", "Alex Wilber")));
        Assert.Single(await _bot.SendAsync(_bot.PersonalInstall("29:megan", "Megan Bowen")));
    }

    [Fact]
    public async Task Adding_the_app_to_a_team_posts_a_short_channel_welcome_once()
    {
        var replies = await _bot.SendAsync(_bot.TeamInstall());
        var welcome = Assert.Single(replies);
        Assert.Equal(InstallEvents.ChannelWelcome, welcome.Text);
        Assert.Equal("19:team-comms@thread.tacv2", welcome.Conversation?.Id);

        Assert.Empty(await _bot.SendAsync(_bot.TeamInstall()));
    }

    [Fact]
    public async Task Typing_help_shows_the_help_card_listing_every_command()
    {
        var card = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("help"))).CardJson();

        Assert.Contains("Here's what I can do", card, StringComparison.Ordinal);
        foreach (var command in new[] { "train", "ask [question]", "report", "my reports", "settings", "help" })
        {
            Assert.Contains($"\"title\":\"{command}\"", card, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Mentioning_the_bot_with_help_in_a_channel_gets_the_help_card_in_that_thread()
    {
        var inbound = _bot.ChannelMessage("<at>SocialRiskBot</at> help");
        var reply = Assert.Single(await _bot.SendAsync(inbound));

        Assert.Contains("Here's what I can do", reply.CardJson(), StringComparison.Ordinal);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation?.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
    }

    [Fact]
    public async Task The_help_button_on_a_card_works_like_typing_help()
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalSubmit(new { command = "help" }, replyToId: "bot-msg-1")));
        Assert.Contains("Here's what I can do", reply.CardJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_activity_is_answered_once()
    {
        var message = _bot.PersonalMessage("help");
        Assert.Single(await _bot.SendAsync(message));
        Assert.Empty(await _bot.SendAsync(message));
    }

    [Fact]
    public async Task Replies_go_back_to_the_conversation_the_message_came_from_as_a_reply_to_it()
    {
        var inbound = _bot.PersonalMessage("help");
        await _bot.SendAsync(inbound);

        var call = _bot.Connector.Calls.Last();
        Assert.Equal(HttpMethod.Post, call.Method);
        Assert.Equal($"{ConversationHarness.ServiceUrl}v3/conversations/a%3Apersonal-alex/activities/{inbound.Id}", call.Uri.AbsoluteUri);
        Assert.Equal(ConversationHarness.BotId, call.Activity!.From?.Id);
        Assert.Equal("29:alex", call.Activity.Recipient?.Id);
        Assert.Null(call.Authorization); // no app id configured: local development sends no token
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}

internal static class ActivityCardExtensions
{
    /// <summary>The single Adaptive Card of a message, as JSON text.</summary>
    public static string CardJson(this Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments ?? []);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        return JsonSerializer.Serialize(attachment.Content!.Value, BotJson.Wire.JsonElement);
    }
}
