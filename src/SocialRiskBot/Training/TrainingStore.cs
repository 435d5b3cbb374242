using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Training;

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

    /// <summary>The property every training row keeps its record in, as JSON.</summary>
    private const string RecordProperty = "Json";

    private const string LearnerKey = "learner";
    private const string ModulePrefix = "module|";
    private const string AttemptPrefix = "attempt|";
    private const string ReviewPrefix = "review|";
    private const string InvitePrefix = "invite|";

    private static readonly RowCodec<Learner> Learners = RowCodec.Json<Learner>(RecordProperty);
    private static readonly RowCodec<ModuleProgress> Modules = RowCodec.Json<ModuleProgress>(RecordProperty);
    private static readonly RowCodec<ReviewItem> Reviews = RowCodec.Json<ReviewItem>(RecordProperty);
    private static readonly RowCodec<Invitation> Invitations = RowCodec.Json<Invitation>(RecordProperty);

    private static readonly RowCodec<QuizAttempt> Attempts = RowCodec.Json<QuizAttempt>(RecordProperty, attempt => new Dictionary<string, object?>
    {
        ["ModuleId"] = attempt.ModuleId,
        ["ContentVersion"] = attempt.ContentVersion,
        ["FinishedAt"] = attempt.FinishedAt,
    });

    private readonly RowTable<Learner> _learners = new(store, TableName, Learners);
    private readonly RowTable<QuizAttempt> _attempts = new(store, TableName, Attempts);

    public static string PartitionOf(string userKey) => TableKeys.Encode(userKey);

    public async Task<LearnerFile> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await _learners.OpenAsync(cancellationToken).ConfigureAwait(false);
        Stored<Learner>? learner = null;
        var modules = new Dictionary<string, Stored<ModuleProgress>>(StringComparer.Ordinal);
        var reviews = new List<ReviewItem>();
        var invitations = new Dictionary<string, Stored<Invitation>>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync(PartitionOf(userKey), null, null, cancellationToken).ConfigureAwait(false))
        {
            switch (row.RowKey)
            {
                case LearnerKey:
                    learner = new Stored<Learner>(Learners.Read(row)!, row.ETag);
                    break;
                case var key when key.StartsWith(ModulePrefix, StringComparison.Ordinal):
                    var progress = Modules.Read(row)!;
                    modules[progress.ModuleId] = new Stored<ModuleProgress>(progress, row.ETag);
                    break;
                case var key when key.StartsWith(ReviewPrefix, StringComparison.Ordinal):
                    reviews.Add(Reviews.Read(row)!);
                    break;
                case var key when key.StartsWith(InvitePrefix, StringComparison.Ordinal):
                    var invitation = Invitations.Read(row)!;
                    invitations[invitation.CampaignId] = new Stored<Invitation>(invitation, row.ETag);
                    break;
            }
        }

        return new LearnerFile(learner ?? new Stored<Learner>(Training.Learner.New(userKey), null), modules, reviews, invitations);
    }

    public Task<Stored<QuizAttempt>?> GetAttemptAsync(string userKey, string moduleId, string attemptId, CancellationToken cancellationToken) =>
        _attempts.GetAsync(PartitionOf(userKey), AttemptKey(moduleId, attemptId), cancellationToken);

    /// <summary>Every attempt of the user, by module then start: the evidence behind reports.</summary>
    public async IAsyncEnumerable<QuizAttempt> AttemptsAsync(string userKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var stored in _attempts.QueryAsync(PartitionOf(userKey), AttemptPrefix, "attempt}", cancellationToken).ConfigureAwait(false))
        {
            yield return stored.Value;
        }
    }

    /// <summary>Applies <paramref name="change"/> to the learner row, again on the fresh row when another writer got there first.</summary>
    /// <returns>The learner as stored afterwards.</returns>
    public Task<Learner> UpdateLearnerAsync(string userKey, Func<Learner, Learner> change, CancellationToken cancellationToken) =>
        _learners.ChangeAsync(PartitionOf(userKey), LearnerKey, stored =>
        {
            var learner = stored ?? Training.Learner.New(userKey);
            var changed = change(learner);
            return (changed == learner ? null : changed, changed);
        }, cancellationToken);

    /// <summary>The learner's changes with <paramref name="messages"/> in the outbox of their partition, in one batch.</summary>
    /// <returns>False when another writer got there first: nothing was written.</returns>
    public async Task<bool> TrySubmitAsync(string userKey, IReadOnlyList<TableOperation> changes, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await _learners.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await outbox.TrySubmitWithAsync(table, PartitionOf(userKey), changes, messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The learner's changes (see the <c>Put</c> methods) in one batch.</summary>
    /// <returns>False when another writer got there first: nothing was written.</returns>
    public Task<bool> TrySubmitAsync(IReadOnlyList<TableOperation> operations, CancellationToken cancellationToken) =>
        _learners.TrySubmitAsync(operations, cancellationToken);

    public static TableOperation Put(Learner learner, string? etag) =>
        Learners.Put(PartitionOf(learner.UserKey), LearnerKey, learner, etag);

    public static TableOperation Put(string userKey, ModuleProgress progress, string? etag) =>
        Modules.Put(PartitionOf(userKey), ModulePrefix + progress.ModuleId, progress, etag);

    public static TableOperation Put(QuizAttempt attempt, string? etag) =>
        Attempts.Put(PartitionOf(attempt.UserKey), AttemptKey(attempt.ModuleId, attempt.Id), attempt, etag);

    /// <summary>A review row is only ever written by its owner's answers; the last answer wins.</summary>
    public static TableOperation Put(string userKey, ReviewItem review) =>
        Reviews.Upsert(PartitionOf(userKey), $"{ReviewPrefix}{review.ModuleId}|{review.QuestionId}", review);

    public static TableOperation Put(string userKey, Invitation invitation, string? etag) =>
        Invitations.Put(PartitionOf(userKey), InvitePrefix + invitation.CampaignId, invitation, etag);

    private static string AttemptKey(string moduleId, string attemptId) => $"{AttemptPrefix}{moduleId}|{attemptId}";
}
