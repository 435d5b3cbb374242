using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Training.Campaigns;

/// <summary>Campaigns in the <c>TrainingCampaigns</c> table, one partition (there are tens, not thousands).</summary>
public sealed class CampaignStore(ITableStore store)
{
    public const string TableName = "TrainingCampaigns";
    private const string Partition = "campaign";

    /// <returns>False when the same module was already assigned to the same people by the same date.</returns>
    public async Task<bool> TryAddAsync(Campaign campaign, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        return await table.TryWriteAsync(JsonRows.ToRow(Partition, campaign.Id, campaign, null), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Campaign>> AllAsync(CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var campaigns = new List<Campaign>();
        await foreach (var row in table.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            campaigns.Add(JsonRows.Read<Campaign>(row)!);
        }

        return campaigns;
    }
}
