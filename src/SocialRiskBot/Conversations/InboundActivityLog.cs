using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Remembers which activity ids were processed, so that a channel's retry (the spec allows duplicates, and a
/// slow answer invites them) is processed once. Kept in storage so it holds across instances and restarts.
/// </summary>
public sealed class InboundActivityLog(ITableStore store, TimeProvider time)
{
    private const string TableName = "InboundActivities";

    /// <returns>True the first time this activity is seen; false for a repeat.</returns>
    public async Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = new TableRow(TableKeys.Encode(conversationId), TableKeys.Encode(activityId))
        {
            Properties = new Dictionary<string, object?> { ["ReceivedAt"] = time.GetUtcNow() },
        };
        return await table.TryAddAsync(row, cancellationToken).ConfigureAwait(false);
    }
}
