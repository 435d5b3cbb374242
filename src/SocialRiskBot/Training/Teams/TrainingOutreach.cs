using Microsoft.Extensions.Options;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Organization;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Training.Campaigns;
using SocialRiskBot.Training.Outreach;

namespace SocialRiskBot.Training.Teams;

/// <summary>
/// One pass over everyone the bot knows, for those inside their working hours: invitations to modules assigned to
/// them, then at most one reminder a day — a due date coming up, else refresher questions due (if they want those).
/// Each user's messages are written with the rows that record them in one batch, so a pass that crashes or runs
/// twice sends nothing twice, and people who blocked the bot are skipped until they talk to it again.
/// </summary>
public sealed class TrainingOutreach(
    KnownLearners learners,
    CampaignStore campaigns,
    TrainingStore store,
    TrainingCatalog catalog,
    RefreshService refreshers,
    DepartmentDirectory departments,
    WorkingHours hours,
    OutboxWriter outbox,
    CardRenderer cards,
    IOptionsMonitor<TrainingOptions> options,
    TimeProvider time)
{
    public const string Purpose = "training";

    /// <returns>How many messages were queued.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var assigned = await campaigns.AllAsync(cancellationToken).ConfigureAwait(false);
        var queued = 0;
        await foreach (var learner in learners.AllAsync(cancellationToken).ConfigureAwait(false))
        {
            var local = hours.LocalNow(learner.Reference.TimeZone);
            if (!learner.HasPersonalChat || !hours.IsOpen(local))
            {
                continue;
            }

            queued += await ReachAsync(learner, assigned, local, cancellationToken).ConfigureAwait(false);
        }

        return queued;
    }

    private async Task<int> ReachAsync(KnownLearner learner, IReadOnlyList<Campaign> assigned, DateTimeOffset local, CancellationToken cancellationToken)
    {
        var file = await store.LoadAsync(learner.UserKey, cancellationToken).ConfigureAwait(false);
        if (file.Learner.Value.Unreachable)
        {
            return 0;
        }

        var today = WorkingHours.Day(local);
        var changes = new List<TableOperation>();
        var messages = new List<OutboxMessage>();
        foreach (var campaign in assigned.Where(c => c.Includes(learner.Profile.DepartmentId) && c.DueDate >= today && !file.Invitations.ContainsKey(c.Id)))
        {
            if (catalog.Find(campaign.ModuleId) is { } module && !file.Module(module.Id).Value.Passed)
            {
                changes.Add(TrainingStore.Put(learner.UserKey, new Invitation(campaign.Id, module.Id, campaign.DueDate, time.GetUtcNow(), []), null));
                messages.Add(Message(learner, TrainingCardComposer.Invitation(campaign, module, departments.Find(campaign.DepartmentId)?.Name)));
            }
        }

        var day = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (messages.Count == 0 && file.Learner.Value.LastNudgeDay != day)
        {
            var reminded = Reminder(learner, file, today, changes, messages) || Nudge(learner, file, messages);
            if (reminded)
            {
                changes.Add(TrainingStore.Put(file.Learner.Value with { LastNudgeDay = day }, file.Learner.ETag));
            }
        }

        if (messages.Count == 0)
        {
            return 0;
        }

        return await store.TrySubmitAsync(learner.UserKey, changes, messages, cancellationToken).ConfigureAwait(false) ? messages.Count : 0;
    }

    /// <summary>The nearest due date among assigned modules not passed yet, when a reminder day for it has come.</summary>
    private bool Reminder(KnownLearner learner, LearnerFile file, DateOnly today, List<TableOperation> changes, List<OutboxMessage> messages)
    {
        foreach (var (invitation, etag) in file.Invitations.Values.OrderBy(i => i.Value.DueDate).Select(i => (i.Value, i.ETag)))
        {
            var daysLeft = invitation.DueDate.DayNumber - today.DayNumber;
            var due = (options.CurrentValue.ReminderDaysBefore ?? []).Where(d => daysLeft >= 0 && daysLeft <= d && !invitation.RemindersSent.Contains(d)).ToList();
            if (due.Count == 0 || catalog.Find(invitation.ModuleId) is not { } module || file.Module(module.Id).Value.Passed)
            {
                continue;
            }

            // A late joiner gets one reminder, not one for every day already passed.
            changes.Add(TrainingStore.Put(learner.UserKey, invitation with { RemindersSent = [.. invitation.RemindersSent, .. due] }, etag));
            messages.Add(Message(learner, TrainingCardComposer.Reminder(invitation, module, daysLeft)));
            return true;
        }

        return false;
    }

    private bool Nudge(KnownLearner learner, LearnerFile file, List<OutboxMessage> messages)
    {
        var due = refreshers.Due(file, time.GetUtcNow()).Count;
        if (!learner.Profile.RemindersOn || due == 0)
        {
            return false;
        }

        messages.Add(Message(learner, TrainingCardComposer.Nudge(Math.Min(due, options.CurrentValue.RefreshSize))));
        return true;
    }

    private OutboxMessage Message(KnownLearner learner, TrainingNoticeCard card) => outbox.Message(
        OutboxKind.Send, learner.Reference.ServiceUrl, learner.Reference.ConversationId!, null, learner.Reference.TenantId,
        Replies.Card(cards.Render(card)), Purpose, learner.UserKey);
}
