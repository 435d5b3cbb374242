using Microsoft.Extensions.Options;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Faq.Teams;

/// <summary>
/// Once per question, a reminder in the channel thread of a policy question nobody answered within
/// <see cref="FaqOptions.PolicyTeamReminderAfter"/>: written with the question's change in one batch.
/// </summary>
public sealed class PolicyTeamReminders(AskedQuestionStore questions, OutboxWriter outbox, IOptionsMonitor<FaqOptions> options, TimeProvider time)
{
    public const string ReminderPurpose = "faq-question-reminder";

    /// <summary>How far back open questions are looked for: the longest reminder delay allowed, and a day.</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(31);

    /// <returns>How many reminders were queued.</returns>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var after = options.CurrentValue.PolicyTeamReminderAfter;
        var sent = 0;
        await foreach (var (question, etag) in questions.SinceAsync(now - LookBack, now, cancellationToken).ConfigureAwait(false))
        {
            if (question.PolicyTeam is not { IsAnswered: false, RemindedAt: null, ThreadConversationId: { } thread } team || team.SentAt + after > now)
            {
                continue;
            }

            var reminder = outbox.Message(OutboxKind.Send, team.ServiceUrl, thread, null, team.TenantId,
                Replies.Text(Text(team, now)), ReminderPurpose, question.Id);
            if (await questions.TryUpdateAsync(question with { PolicyTeam = team with { RemindedAt = now } }, etag, [reminder], cancellationToken).ConfigureAwait(false))
            {
                sent++;
            }
        }

        return sent;
    }

    internal static string Text(PolicyTeamQuestion team, DateTimeOffset now)
    {
        var waited = now - team.SentAt;
        var span = waited.TotalDays >= 1 ? Count((int)waited.TotalDays, "day") : Count(Math.Max(1, (int)waited.TotalHours), "hour");
        return $"Reminder: this question has been waiting {span} for an answer. Anyone on the team can reply: type the answer in the card above and choose **Send answer**. I'll pass it on to the employee.";
    }

    private static string Count(int count, string unit) => $"{count} {unit}{(count == 1 ? string.Empty : "s")}";
}
