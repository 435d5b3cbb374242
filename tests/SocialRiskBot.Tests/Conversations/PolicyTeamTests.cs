using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Teams;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>
/// "Ask the policy team": the question reaches the owning department's channel as a card, a member answers on it,
/// the employee gets the answer in personal chat, and an unanswered question is reminded about once.
/// </summary>
public sealed class PolicyTeamTests : IAsyncDisposable
{
    private const string Question = "can I expense a LinkedIn Premium subscription for networking?";
    private const string Responder = "29:lee";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationHarness _bot;

    public PolicyTeamTests()
    {
        _bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), ReportDriver.Departments);
        _bot.Connector.Members[Responder] = "Lee Gu";
    }

    [Fact]
    public async Task Asking_from_the_fallback_posts_a_question_card_in_the_channel_and_tells_the_employee_where_it_went()
    {
        var sent = await AskTheTeamAsync();

        Assert.Contains("Sent to Social-media risk committee", sent, StringComparison.Ordinal);
        var post = Assert.Single(ThreadsStartedIn(ReportDriver.RiskCommitteeChannel));
        var card = ReportDriver.Json(post.ThreadActivity!);
        Assert.Contains("Policy question for Social-media risk committee", card, StringComparison.Ordinal);
        Assert.Contains(Question, card, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber", card, StringComparison.Ordinal);
        Assert.Contains("\"command\":\"faq.answer\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_twice_sends_the_question_once()
    {
        var fallback = await FallbackAsync();
        await FaqCardPress.PressAsync(_bot, fallback, "faq.askteam", "Ask the policy team");

        var again = await FaqCardPress.PressAsync(_bot, fallback, "faq.askteam", "Ask the policy team");
        await DispatchAsync();

        Assert.Contains("Sent to", again, StringComparison.Ordinal);
        Assert.Single(ThreadsStartedIn(ReportDriver.RiskCommitteeChannel));
    }

    [Fact]
    public async Task Passing_on_more_questions_in_an_hour_than_allowed_is_refused_kindly_and_posts_nothing()
    {
        var allowed = new SocialRiskBot.Abuse.AbuseOptions().PolicyQuestionsPerHour;
        for (var i = 0; i < allowed; i++)
        {
            await AskTheTeamAsync();
            _time.Advance(TimeSpan.FromSeconds(2)); // the clock stands still otherwise, and sends to one chat are paced
        }

        var refused = await FaqCardPress.PressAsync(_bot, await FallbackAsync(), "faq.askteam", "Ask the policy team");
        await DispatchAsync();

        Assert.Contains($"passed {allowed} questions on to the policy team in the last hour", refused, StringComparison.Ordinal);
        Assert.Contains("in about 60 minutes", refused, StringComparison.Ordinal);
        Assert.Equal(allowed, ThreadsStartedIn(ReportDriver.RiskCommitteeChannel).Count());

        _time.Advance(TimeSpan.FromHours(1));
        Assert.Contains("Sent to", await AskTheTeamAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_member_answers_on_the_card_and_the_employee_gets_the_answer_in_personal_chat()
    {
        var card = await QuestionCardAsync();

        Assert.Empty(await _bot.SendAsync(Answer(card, "Yes, if your manager agrees. Claim it as a software subscription.")));
        await DispatchAsync();

        var relayed = _bot.Connector.Calls.Last(c => c.Method == HttpMethod.Post && c.Uri.AbsolutePath.Contains("a%3Apersonal-alex", StringComparison.Ordinal));
        var relayedCard = ReportDriver.Json(relayed.Activity!);
        Assert.Contains("Social-media risk committee answered your question", relayedCard, StringComparison.Ordinal);
        Assert.Contains("Claim it as a software subscription.", relayedCard, StringComparison.Ordinal);
        Assert.Contains("Lee Gu", relayedCard, StringComparison.Ordinal);
        var updated = _bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put && c.Uri.AbsolutePath.EndsWith("/activities/question-card-msg", StringComparison.Ordinal));
        var channelCard = ReportDriver.Json(updated.Activity!);
        Assert.Contains("Answered by ", channelCard, StringComparison.Ordinal);
        Assert.DoesNotContain("faq.answer", channelCard, StringComparison.Ordinal); // spent: no second answer box
        var stored = Assert.Single(await FaqConversationTests.QuestionsAsync(_bot));
        Assert.Equal(("Lee Gu", "Yes, if your manager agrees. Claim it as a software subscription."), (stored.PolicyTeam!.AnsweredBy, stored.PolicyTeam.Answer));
    }

    [Fact]
    public async Task An_empty_answer_is_asked_for_again_on_the_card_itself_and_nothing_is_sent()
    {
        var card = await QuestionCardAsync();
        var before = _bot.Connector.Calls.Count;

        var reply = Assert.Single(await _bot.SendAsync(Answer(card, "   ")));
        await DispatchAsync();

        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.Last().Method); // no reply the whole channel reads
        var json = ReportDriver.Json(reply);
        Assert.Contains(PolicyTeamConversation.EmptyAnswer[..20], json, StringComparison.Ordinal);
        Assert.Contains("Send answer", json, StringComparison.Ordinal);
        Assert.Equal(before + 1, _bot.Connector.Calls.Count);
        Assert.False(Assert.Single(await FaqConversationTests.QuestionsAsync(_bot)).PolicyTeam!.IsAnswered);
    }

    [Fact]
    public async Task Someone_outside_the_team_cannot_answer()
    {
        var card = await QuestionCardAsync();

        var reply = Assert.Single(await _bot.SendAsync(Answer(card, "Sure, why not.", user: "29:stranger")));

        Assert.Contains("can answer this question", reply.Text, StringComparison.Ordinal);
        Assert.False(Assert.Single(await FaqConversationTests.QuestionsAsync(_bot)).PolicyTeam!.IsAnswered);
    }

    [Fact]
    public async Task A_second_answer_is_refused_with_who_answered_first()
    {
        var card = await QuestionCardAsync();
        _bot.Connector.Members["29:sam"] = "Sam Tran";
        await _bot.SendAsync(Answer(card, "First answer."));

        var replies = await _bot.SendAsync(Answer(card, "Second answer.", user: "29:sam"));

        Assert.Contains(replies, r => r.Text == "Lee Gu already answered this question, so I didn't send yours.");
        Assert.Equal("First answer.", Assert.Single(await FaqConversationTests.QuestionsAsync(_bot)).PolicyTeam!.Answer);
    }

    [Fact]
    public async Task An_unanswered_question_is_reminded_about_once_in_its_thread_after_the_configured_time()
    {
        await QuestionCardAsync();
        var reminders = _bot.Services.GetRequiredService<PolicyTeamReminders>();
        var thread = Assert.Single(await FaqConversationTests.QuestionsAsync(_bot)).PolicyTeam!.ThreadConversationId;

        _time.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        await DispatchAsync();

        var reminder = Assert.Single(_bot.Connector.Calls, c => c.Activity?.Text?.StartsWith("Reminder:", StringComparison.Ordinal) == true);
        Assert.Contains(Uri.EscapeDataString(thread!), reminder.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("waiting 2 days", reminder.Activity!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answered_question_is_not_reminded_about()
    {
        var card = await QuestionCardAsync();
        await _bot.SendAsync(Answer(card, "Answered in time."));

        _time.Advance(TimeSpan.FromDays(3));

        Assert.Equal(0, await _bot.Services.GetRequiredService<PolicyTeamReminders>().SendDueAsync(CancellationToken.None));
    }

    private async Task<string> FallbackAsync()
    {
        var card = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage(Question))));
        Assert.Contains("I don't have an answer", card, StringComparison.Ordinal);
        return card;
    }

    private async Task<string> AskTheTeamAsync()
    {
        var sent = await FaqCardPress.PressAsync(_bot, await FallbackAsync(), "faq.askteam", "Ask the policy team");
        await DispatchAsync();
        return sent;
    }

    /// <summary>The question card as it landed in the channel.</summary>
    private async Task<string> QuestionCardAsync()
    {
        await AskTheTeamAsync();
        return ReportDriver.Json(Assert.Single(ThreadsStartedIn(ReportDriver.RiskCommitteeChannel)).ThreadActivity!);
    }

    private Activity Answer(string card, string answer, string user = Responder)
    {
        var press = _bot.ChannelMessage(string.Empty, ReportDriver.RiskCommitteeChannel, user);
        press.From!.Name = null;
        press.Value = JsonSerializer.SerializeToElement(FaqCardPress.Data(card, "faq.answer", "Send answer", new { answer }));
        press.ReplyToId = "question-card-msg";
        return press;
    }

    private IEnumerable<ConnectorCall> ThreadsStartedIn(string channelId) => _bot.Connector.Calls.Where(c =>
        c.Method == HttpMethod.Post && c.Uri.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
        && c.Activity?.GetTeamsChannelData().Channel?.Id == channelId);

    private Task DispatchAsync() => _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
