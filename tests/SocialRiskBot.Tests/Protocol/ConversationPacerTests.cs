using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.Tests.Protocol;

public class ConversationPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Seven_sends_to_one_conversation_go_at_once_and_the_eighth_waits_for_the_second_to_pass()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("a:user", CancellationToken.None);
        }

        var eighth = pacer.WaitTurnAsync("a:user", CancellationToken.None);
        Assert.False(eighth.IsCompleted);

        _time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(eighth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Other_conversations_are_not_held_up()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("a:busy", CancellationToken.None);
        }

        var other = pacer.WaitTurnAsync("a:quiet", CancellationToken.None);
        Assert.True(other.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_two_second_limit_of_eight_holds_across_a_one_second_boundary()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("a:user", CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        await pacer.WaitTurnAsync("a:user", CancellationToken.None); // 8th within 2 s
        var ninth = pacer.WaitTurnAsync("a:user", CancellationToken.None);
        Assert.False(ninth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));
        await ninth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Sixty_sends_in_thirty_seconds_is_the_most_a_thread_gets()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 60; i++)
        {
            await pacer.WaitTurnAsync("a:user", CancellationToken.None);
            _time.Advance(TimeSpan.FromMilliseconds(300)); // 3.3/s: under the per-second limits
        }

        // 60 sends in the last 18 s: the next must wait until the first leaves the 30 s window.
        var next = pacer.WaitTurnAsync("a:user", CancellationToken.None);
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(12));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_busy_bot_forgets_idle_conversations_on_its_own()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 1023; i++)
        {
            await pacer.WaitTurnAsync($"a:user-{i}", CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromHours(1));
        await pacer.WaitTurnAsync("a:new", CancellationToken.None); // the 1,024th send prunes first

        Assert.Equal(1, pacer.TrackedConversations);
    }

    [Fact]
    public async Task Idle_conversations_are_forgotten()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("a:user", CancellationToken.None);
        }

        await pacer.WaitTurnAsync("a:other", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(59));
        await pacer.WaitTurnAsync("a:other", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        pacer.Prune();

        Assert.Equal(1, pacer.TrackedConversations); // "a:user" is gone, "a:other" sent within the hour
        for (var i = 0; i < 7; i++)
        {
            Assert.True(pacer.WaitTurnAsync("a:user", CancellationToken.None).IsCompletedSuccessfully);
        }
    }
}
