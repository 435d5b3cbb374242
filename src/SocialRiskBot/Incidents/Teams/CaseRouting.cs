using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Organization.Teams;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The outbox messages of a new case: its card as a new thread in the owner's channel, and a short notice in
/// each other department told about it. A department without a Teams channel configured is covered by the
/// risk committee's channel; with none at all the case is stored and nothing is posted.
/// </summary>
public sealed class CaseRouting(
    DepartmentChannels channels,
    CaseCardComposer composer,
    CardRenderer cards,
    OutboxWriter outbox)
{
    public const string CaseCardPurpose = "case-card";
    public const string CaseNoticePurpose = "case-notice";
    public const string CaseCardUpdatePurpose = "case-card-update";

    public async Task<IReadOnlyList<OutboxMessage>> NewCaseAsync(Incident incident, TurnContext reporterTurn, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        var card = await CaseCardMessageAsync(incident, reporterTurn, cancellationToken).ConfigureAwait(false);
        if (card is not null)
        {
            messages.Add(card);
        }

        foreach (var notified in incident.NotifiedIds)
        {
            var reason = notified == DepartmentsOptions.RiskCommitteeId && incident.Severity == Severity.Critical
                ? "It is critical: the risk committee hears about every critical case."
                : $"Your department is kept informed of cases like this one ({composer.CategoryLabel(incident)}).";
            var notice = await ToChannelAsync(notified, Replies.Card(cards.Render(composer.Notice(incident, reason))), CaseNoticePurpose, incident, reporterTurn, cancellationToken).ConfigureAwait(false);
            if (notice is not null && notice.ConversationId != card?.ConversationId)
            {
                messages.Add(notice);
            }
        }

        return messages;
    }

    /// <summary>The case card as a new thread in the (new) owner's channel, e.g. after a reroute; null when it has no channel.</summary>
    public Task<OutboxMessage?> CaseCardMessageAsync(Incident incident, TurnContext turn, CancellationToken cancellationToken) =>
        ToChannelAsync(incident.OwnerId, Replies.Card(cards.Render(composer.Card(incident))), CaseCardPurpose, incident, turn, cancellationToken);

    /// <summary>The case card refreshed in place where it was posted, for everyone in the channel; null until it has landed there.</summary>
    public OutboxMessage? CardUpdate(Incident incident, string serviceUrl, string? tenantId = null) =>
        incident is { ThreadConversationId: { } thread, CardActivityId: { } card }
            ? outbox.Message(OutboxKind.Update, serviceUrl, thread, card, tenantId, Replies.Card(cards.Render(composer.Card(incident))), CaseCardUpdatePurpose, incident.CaseNumber)
            : null;

    private async Task<OutboxMessage?> ToChannelAsync(string departmentId, BotFramework.Schema.Activity activity, string purpose, Incident incident, TurnContext reporterTurn, CancellationToken cancellationToken)
    {
        if (await channels.FindAsync(departmentId, reporterTurn, cancellationToken).ConfigureAwait(false) is not { } channel)
        {
            return null;
        }

        return outbox.Message(OutboxKind.StartChannelThread, channel.ServiceUrl, channel.ChannelId, null, BotFramework.Schema.ActivityExtensions.GetTenantId(reporterTurn.Activity), activity, purpose, incident.CaseNumber);
    }
}
