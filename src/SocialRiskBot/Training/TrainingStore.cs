using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Training;

/// <summary>A record as read, with the ETag to write it back with (null when it did not exist).</summary>
public sealed record Stored<T>(T Value, string? ETag);

/// <summary>Everything training keeps about one user, read in one query (attempts and outbox rows aside).</summary>
public sealed record LearnerFile(
    Stored<Learner> Learner,
    IReadOnlyDictionary<string, Stored<ModuleProgress>> Modules,
    IReadOnlyList<ReviewItem> Reviews,
    IReadOnlyDictionary<string, Stored<Invitation>> Invitations)
{
    public Stored<ModuleProgress> Module(string moduleId) =>
        Modules.TryGetValue(moduleId, out var stored) ? stored : new Stored<ModuleProgress>(ModuleProgress.New(moduleId), null);

    public ReviewItem? Review(string moduleId, string questionId) =>
        Reviews.FirstOrDefault(r => r.ModuleId == moduleId && r.QuestionId == questionId);
}

/// <summary>
/// The <c>Training</c> table: one partition per user holding their learner row, module progress, attempts
/// (evidence), review schedule, invitations and the outbox rows of messages to them, so every change and the
/// messages it causes are written in one batch.
/// </summary>
public sealed class TrainingStore(ITableStore store, OutboxWriter outbox)
{
    public const string TableName = "Training";

    private const string LearnerKey = "learner";
    private const string ModulePrefix = "module|";
    private const string AttemptPrefix = "attempt|";
    private const string ReviewPrefix = "review|";
    private const string InvitePrefix = "invite|";

    public static string PartitionOf(string userKey) => TableKeys.Encode(userKey);

    public async Task<LearnerFile> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        Stored<Learner>? learner = null;
        var modules = new Dictionary<string, Stored<ModuleProgress>>(StringComparer.Ordinal);
        var reviews = new List<ReviewItem>();
        var invitations = new Dictionary<string, Stored<Invitation>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync(PartitionOf(userKey), null, null, cancellationToken).ConfigureAwait(false))
        {
            switch (row.RowKey)
            {
                case LearnerKey:
                    learner = new Stored<Learner>(JsonRows.Read<Learner>(row)!, row.ETag);
                    break;
                case var key when key.StartsWith(ModulePrefix, StringComparison.Ordinal):
                    var progress = JsonRows.Read<ModuleProgress>(row)!;
                    modules[progress.ModuleId] = new Stored<ModuleProgress>(progress, row.ETag);
                    break;
                case var key when key.StartsWith(ReviewPrefix, StringComparison.Ordinal):
                    reviews.Add(JsonRows.Read<ReviewItem>(row)!);
                    break;
                case var key when key.StartsWith(InvitePrefix, StringComparison.Ordinal):
                    var invitation = JsonRows.Read<Invitation>(row)!;
                    invitations[invitation.CampaignId] = new Stored<Invitation>(invitation, row.ETag);
                    break;
            }
        }

        return new LearnerFile(learner ?? new Stored<Learner>(Training.Learner.New(userKey), null), modules, reviews, invitations);
    }

    public async Task<Stored<QuizAttempt>?> GetAttemptAsync(string userKey, string moduleId, string attemptId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(PartitionOf(userKey), AttemptKey(moduleId, attemptId), cancellationToken).ConfigureAwait(false);
        return row is null ? null : new Stored<QuizAttempt>(JsonRows.Read<QuizAttempt>(row)!, row.ETag);
    }

    /// <summary>Every attempt of the user, by module then start: the evidence behind reports.</summary>
    public async IAsyncEnumerable<QuizAttempt> AttemptsAsync(string userKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var row in table.QueryAsync(PartitionOf(userKey), AttemptPrefix, "attempt}", cancellationToken).ConfigureAwait(false))
        {
            yield return JsonRows.Read<QuizAttempt>(row)!;
        }
    }

    /// <summary>Applies <paramref name="change"/> to the learner row, again on the fresh row when another writer got there first.</summary>
    /// <returns>The learner as stored afterwards.</returns>
    public async Task<Learner> UpdateLearnerAsync(string userKey, Func<Learner, Learner> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var stored = (await LoadAsync(userKey, cancellationToken).ConfigureAwait(false)).Learner;
            var changed = change(stored.Value);
            if (changed == stored.Value || await TrySubmitAsync([Put(changed, stored.ETag)], cancellationToken).ConfigureAwait(false))
            {
                return changed;
            }
        }
    }

    /// <summary>The learner's changes with <paramref name="messages"/> in the outbox of their partition, in one batch.</summary>
    /// <returns>False when another writer got there first: nothing was written.</returns>
    public async Task<bool> TrySubmitAsync(string userKey, IReadOnlyList<TableOperation> changes, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        return await outbox.TrySubmitWithAsync(table, PartitionOf(userKey), changes, messages, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>False when another writer got there first: nothing was written.</returns>
    public async Task<bool> TrySubmitAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken).ConfigureAwait(false);
        return await table.TrySubmitAsync(operations, cancellationToken).ConfigureAwait(false);
    }

    public static TableOperation Put(Learner learner, string? etag) =>
        JsonRows.Put(JsonRows.ToRow(PartitionOf(learner.UserKey), LearnerKey, learner, etag));

    public static TableOperation Put(string userKey, ModuleProgress progress, string? etag) =>
        JsonRows.Put(JsonRows.ToRow(PartitionOf(userKey), ModulePrefix + progress.ModuleId, progress, etag));

    public static TableOperation Put(QuizAttempt attempt, string? etag) =>
        JsonRows.Put(JsonRows.ToRow(PartitionOf(attempt.UserKey), AttemptKey(attempt.ModuleId, attempt.Id), attempt, etag, new Dictionary<string, object?>
        {
            ["ModuleId"] = attempt.ModuleId,
            ["ContentVersion"] = attempt.ContentVersion,
            ["FinishedAt"] = attempt.FinishedAt,
        }));

    /// <summary>A review row is only ever written by its owner's answers; the last answer wins.</summary>
    public static TableOperation Put(string userKey, ReviewItem review) =>
        TableOperation.Upsert(JsonRows.ToRow(PartitionOf(userKey), $"{ReviewPrefix}{review.ModuleId}|{review.QuestionId}", review, null));

    public static TableOperation Put(string userKey, Invitation invitation, string? etag) =>
        JsonRows.Put(JsonRows.ToRow(PartitionOf(userKey), InvitePrefix + invitation.CampaignId, invitation, etag));

    private static string AttemptKey(string moduleId, string attemptId) => $"{AttemptPrefix}{moduleId}|{attemptId}";

    private Task<ITable> TableAsync(CancellationToken cancellationToken) => store.GetTableAsync(TableName, cancellationToken);
}
