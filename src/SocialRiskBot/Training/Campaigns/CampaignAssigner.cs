using SocialRiskBot.Training.Outreach;

namespace SocialRiskBot.Training.Campaigns;

/// <summary>Turns a checked <see cref="AssignRequest"/> into a campaign and wakes the outreach job to invite people.</summary>
public sealed class CampaignAssigner(CampaignStore campaigns, OutreachSignal outreach, TimeProvider time)
{
    /// <returns>The new campaign; null when the same module was already assigned to the same people by the same date.</returns>
    public async Task<Campaign?> AssignAsync(AssignRequest request, string assignedBy, string? assignedByName, CancellationToken cancellationToken)
    {
        var campaign = new Campaign(
            Campaign.IdOf(request.Module.Id, request.Department?.Id, request.DueDate), request.Module.Id, request.Department?.Id, request.DueDate,
            assignedBy, assignedByName, time.GetUtcNow());
        if (!await campaigns.TryAddAsync(campaign, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        outreach.Kick();
        return campaign;
    }
}
