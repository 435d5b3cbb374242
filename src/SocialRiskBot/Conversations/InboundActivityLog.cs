using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Remembers which activity ids were processed, so that a channel's retry (the spec allows duplicates, and a
/// slow answer invites them) is processed once. Kept in storage so it holds across instances and restarts.
/// </summary>
public sealed class InboundActivityLog(ITableStore store, TimeProvider time)
{
    private readonly OnceRecords _seen = new(store, time, "InboundActivities");

    /// <returns>True the first time this activity is seen; false for a repeat.</returns>
    public Task<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        _seen.TryRecordAsync(conversationId, activityId, cancellationToken);
}
