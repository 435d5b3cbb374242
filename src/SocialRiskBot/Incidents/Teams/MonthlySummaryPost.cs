using Microsoft.Extensions.Options;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Summaries;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Organization;
using SocialRiskBot.Organization.Teams;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// From the 1st of a month (in the SLA time zone), the previous month's summary in the risk committee's
/// channel, once: a row added (never upserted) for the month in the same batch as the outbox row, so of two
/// instances or two passes exactly one posts it.
/// </summary>
public sealed class MonthlySummaryPost(
    IncidentsSummaryBuilder summaries,
    DepartmentChannels channels,
    CardRenderer cards,
    OutboxWriter outbox,
    SummaryPosts posts,
    IOptions<SlaOptions> options,
    TimeProvider time)
{
    public const string Purpose = "incidents-summary";

    /// <returns>True when this call queued the summary.</returns>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));
        var previous = new DateTime(local.Year, local.Month, 1).AddMonths(-1);
        var partition = previous.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        if (await posts.IsPostedAsync(partition, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var summary = await summaries.BuildAsync(previous.Year, previous.Month, cancellationToken).ConfigureAwait(false);
        if (await channels.FindAsync(DepartmentsOptions.RiskCommitteeId, summary.ServiceUrl, cancellationToken).ConfigureAwait(false) is not { } channel)
        {
            return false; // Nowhere to post yet (no channel, or no way to reach it): looked at again next time.
        }

        var message = outbox.Message(OutboxKind.StartChannelThread, channel.ServiceUrl, channel.ChannelId, null, summary.TenantId,
            Replies.Card(cards.Render(IncidentsSummaryComposer.Card(summary))), Purpose, partition);
        return await posts.TryMarkPostedAsync(partition, [message], cancellationToken).ConfigureAwait(false);
    }
}
