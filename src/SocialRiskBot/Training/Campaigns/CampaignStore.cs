using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Training.Campaigns;

/// <summary>Campaigns in the <c>TrainingCampaigns</c> table, one partition (there are tens, not thousands), each as JSON in its row.</summary>
public sealed class CampaignStore(ITableStore store)
{
    public const string TableName = "TrainingCampaigns";
    private const string Partition = "campaign";

    private readonly RowTable<Campaign> _campaigns = new(store, TableName, RowCodec.Json<Campaign>("Json"));

    /// <returns>False when the same module was already assigned to the same people by the same date.</returns>
    public async Task<bool> TryAddAsync(Campaign campaign, CancellationToken cancellationToken) =>
        await _campaigns.TryWriteAsync(Partition, campaign.Id, campaign, null, cancellationToken).ConfigureAwait(false) is not null;

    public async Task<IReadOnlyList<Campaign>> AllAsync(CancellationToken cancellationToken)
    {
        var campaigns = new List<Campaign>();
        await foreach (var stored in _campaigns.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            campaigns.Add(stored.Value);
        }

        return campaigns;
    }
}
