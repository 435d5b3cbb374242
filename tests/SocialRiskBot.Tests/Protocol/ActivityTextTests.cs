using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Tests.Protocol;

public class ActivityTextTests
{
    [Fact]
    public void The_bots_mention_in_a_channel_is_stripped_before_the_command_is_read()
    {
        var activity = Parse("""
            {"type":"message","text":"<at>SocialRiskBot</at> help ",
             "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"SocialRiskBot"},"text":"<at>SocialRiskBot</at>"}]}
            """);
        Assert.Equal("help", activity.TextWithoutMentions());
    }

    [Fact]
    public void Mentions_without_entities_and_stray_whitespace_are_removed_too()
    {
        var activity = new Activity { Text = "  <at>Social Risk\nBot</at>\n  my   reports  " };
        Assert.Equal("my reports", activity.TextWithoutMentions());
    }

    [Theory]
    [InlineData("<AT>Bot</At> help", "help")]
    [InlineData("<at>A <at>B</at> report", "report")]
    [InlineData("help <at>never closed", "help <at>never closed")]
    [InlineData("<at>A</at><at>B</at>settings<at>C</at>", "settings")]
    public void Mentions_are_removed_up_to_their_first_closing_tag_and_an_unclosed_one_stays(string text, string expected)
    {
        Assert.Equal(expected, new Activity { Text = text }.TextWithoutMentions());
    }

    [Fact]
    public void A_huge_text_of_unclosed_mentions_and_many_mention_entities_is_read_in_one_pass_without_failing()
    {
        // Half a megabyte, the most an activity may hold: a lazy pattern would rescan the rest of it from every tag.
        var text = string.Concat(Enumerable.Repeat("<at>x ", 87_000)) + "help";
        var entities = Enumerable.Range(0, 5_000)
            .Select(i => new Entity { Type = "mention", Properties = new() { ["text"] = JsonSerializer.SerializeToElement($"<at>n{i}</at>") } })
            .ToList();
        var activity = new Activity { Text = text, Entities = entities };

        var stripped = activity.TextWithoutMentions();

        Assert.StartsWith("<at>x <at>x", stripped, StringComparison.Ordinal);
        Assert.EndsWith("<at>x help", stripped, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_zone_and_locale_come_from_the_activity_or_the_client_info_entity()
    {
        var activity = Parse("""
            {"type":"message","entities":[{"type":"clientInfo","locale":"de-DE","country":"DE","platform":"Android","timezone":"Europe/Berlin"}]}
            """);
        Assert.Equal("Europe/Berlin", activity.GetTimeZone());
        Assert.Equal("de-DE", activity.GetLocale());

        activity.LocalTimezone = "America/Los_Angeles";
        activity.Locale = "en-US";
        Assert.Equal("America/Los_Angeles", activity.GetTimeZone());
        Assert.Equal("en-US", activity.GetLocale());
    }

    [Fact]
    public void Unknown_fields_and_activity_types_survive_a_round_trip()
    {
        var activity = Parse("""{"type":"somethingNew","futureField":{"a":1},"from":{"id":"29:x","tenantSpecific":true}}""");
        Assert.Equal("somethingNew", activity.Type);
        var json = JsonSerializer.Serialize(activity, BotJson.Wire.Activity);
        Assert.Contains("\"futureField\":{\"a\":1}", json, StringComparison.Ordinal);
        Assert.Contains("\"tenantSpecific\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_channel_data_is_read_and_odd_channel_data_is_ignored()
    {
        var activity = Parse("""
            {"type":"conversationUpdate","channelData":{"tenant":{"id":"t1"},"team":{"id":"19:team","name":"Comms"},"eventType":"teamMemberAdded","settings":{"selectedChannel":{"id":"19:general"}}}}
            """);
        var data = activity.GetTeamsChannelData();
        Assert.Equal("t1", activity.GetTenantId());
        Assert.Equal("19:team", data.Team?.Id);
        Assert.Equal("19:general", data.Settings?.SelectedChannel?.Id);

        var odd = Parse("""{"type":"message","channelData":{"tenant":"not-an-object"}}""");
        Assert.Null(odd.GetTeamsChannelData().Tenant);
    }

    [Fact]
    public void A_reply_swaps_sender_and_recipient_and_points_at_the_inbound_message()
    {
        var inbound = Parse("""
            {"type":"message","id":"act-1","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
             "from":{"id":"29:user","name":"Alex"},"recipient":{"id":"28:bot","name":"Bot"},
             "conversation":{"id":"a:1","conversationType":"personal","tenantId":"t1"},"locale":"en-US"}
            """);
        var reply = inbound.CreateReply();
        Assert.Equal("28:bot", reply.From?.Id);
        Assert.Equal("29:user", reply.Recipient?.Id);
        Assert.Equal("a:1", reply.Conversation?.Id);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.ServiceUrl);
        Assert.Null(reply.Timestamp);
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, BotJson.Wire.Activity)!;
}
