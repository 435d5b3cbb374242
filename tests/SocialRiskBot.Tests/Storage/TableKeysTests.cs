using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Storage;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Storage;

/// <summary>Ids from the wire become keys the tables take: escaped, and never longer than a key may be.</summary>
public sealed class TableKeysTests
{
    [Theory]
    [InlineData("a:1", "a:1")]
    [InlineData("19:abc@thread.tacv2;messageid=17", "19:abc@thread.tacv2;messageid=17")]
    [InlineData("a/b#c?d%e\\f", "a%002Fb%0023c%003Fd%0025e%005Cf")]
    public void Ids_that_fit_keep_the_keys_stored_rows_already_have(string id, string key)
    {
        Assert.Equal(key, TableKeys.Encode(id));
    }

    [Fact]
    public void An_id_longer_than_a_key_once_escaped_becomes_a_distinct_key_within_the_limit()
    {
        var slashes = new string('/', 400);
        var almost = new string('/', 399) + "x";

        var first = TableKeys.Encode(slashes);
        var second = TableKeys.Encode(almost);

        Assert.InRange(first.Length, 1, TableKeys.MaxLength);
        Assert.InRange(second.Length, 1, TableKeys.MaxLength);
        Assert.NotEqual(first, second);
        Assert.Equal(first, TableKeys.Encode(slashes));
        Assert.StartsWith("%~", first, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_written_to_look_like_a_shortened_key_is_escaped_and_cannot_take_its_place()
    {
        var shortened = TableKeys.Encode(new string('#', 400));

        Assert.NotEqual(shortened, TableKeys.Encode(shortened));
    }

    [Fact]
    public async Task A_message_whose_ids_are_long_once_escaped_is_answered_once_and_its_repeat_is_dropped()
    {
        await using var bot = new ConversationHarness();
        var message = bot.PersonalMessage("help");
        message.Id = new string('/', 400);
        message.Conversation!.Id = "a:" + new string('%', 398);

        var replies = await bot.SendAsync(message);
        var again = await bot.SendAsync(message);

        Assert.Equal(Attachment.AdaptiveCardContentType, Assert.Single(Assert.Single(replies).Attachments!).ContentType);
        Assert.Empty(again);
    }
}
