using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.Tests.Protocol;

public class ConnectorErrorTests
{
    [Theory]
    [InlineData("""{"error":{"code":"Forbidden","message":"blocked"},"subCode":"MessageWritesBlocked"}""", "MessageWritesBlocked", "blocked")]
    [InlineData("""{"error":{"code":"Forbidden","subCode":"MessageWritesBlocked","message":"m"}}""", "MessageWritesBlocked", "m")]
    [InlineData("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", "ConversationBlockedByUser", "User blocked the conversation with the bot.")]
    [InlineData("""{"error":{"code":"MessageSizeTooBig"}}""", "MessageSizeTooBig", null)]
    [InlineData("", null, null)]
    [InlineData("[1,2]", null, null)]
    public void The_teams_error_code_is_read_preferring_the_specific_subcode(string body, string? code, string? message)
    {
        Assert.Equal((code, message), ConnectorClient.ReadError(body));
    }

    [Fact]
    public void A_blocked_user_is_reported_as_unreachable_so_callers_stop_retrying()
    {
        var blocked = new ConnectorException(System.Net.HttpStatusCode.Forbidden, "MessageWritesBlocked", "x");
        var throttled = new ConnectorException(System.Net.HttpStatusCode.TooManyRequests, null, "x");
        Assert.True(blocked.IsRecipientUnreachable);
        Assert.False(throttled.IsRecipientUnreachable);
    }
}
