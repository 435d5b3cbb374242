using SocialRiskBot.Conversations;
using SocialRiskBot.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;

namespace SocialRiskBot.Tests.Conversations;

public sealed class ConversationReferenceTests : IAsyncLifetime
{
    private readonly ConversationHarness _bot = new();

    private ConversationReferenceStore References => _bot.Services.GetRequiredService<ConversationReferenceStore>();

    [Fact]
    public async Task The_bot_remembers_how_to_reach_a_user_it_heard_from_in_personal_chat()
    {
        await _bot.SendAsync(_bot.PersonalMessage("help"));

        var reference = await References.FindUserAsync("aad-alex", CancellationToken.None);
        Assert.NotNull(reference);
        Assert.Equal(ConversationHarness.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("a:personal-alex", reference.ConversationId);
        Assert.Equal("29:alex", reference.UserId);
        Assert.Equal(ConversationHarness.TenantId, reference.TenantId);
        Assert.Equal("en-US", reference.Locale);
        Assert.Equal("Europe/London", reference.TimeZone);
        Assert.Equal(ConversationHarness.BotId, reference.BotId);
    }

    [Fact]
    public async Task A_changed_service_url_or_time_zone_is_refreshed()
    {
        await _bot.SendAsync(_bot.PersonalMessage("help"));
        var moved = _bot.PersonalMessage("help");
        moved.ServiceUrl = "https://smba.trafficmanager.net/emea/";
        moved.LocalTimezone = "Asia/Tokyo";
        await _bot.SendAsync(moved);

        var reference = await References.FindUserAsync("aad-alex", CancellationToken.None);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference?.ServiceUrl);
        Assert.Equal("Asia/Tokyo", reference?.TimeZone);
    }

    [Fact]
    public async Task A_channel_message_records_the_channel_and_keeps_the_users_personal_chat()
    {
        await _bot.SendAsync(_bot.PersonalMessage("help", userId: "29:sam", name: "Sam"));
        await _bot.SendAsync(_bot.ChannelMessage("<at>SocialRiskBot</at> help", userId: "29:sam"));

        var channel = await References.FindChannelAsync("19:team-comms@thread.tacv2", CancellationToken.None);
        Assert.Equal("19:team-comms@thread.tacv2", channel?.ConversationId);
        Assert.Equal("19:team-comms@thread.tacv2", channel?.TeamId);

        var user = await References.FindUserAsync("aad-sam", CancellationToken.None);
        Assert.Equal("a:personal-sam", user?.ConversationId);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
