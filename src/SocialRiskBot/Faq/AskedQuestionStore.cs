using System.Globalization;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Faq;

/// <summary>
/// Questions in the <c>FaqQuestions</c> table, one partition per month (<c>yyyyMM</c>), row key <c>q|id</c>;
/// the outbox rows of a question sent to a policy team sit in the same partition, written in the same batch.
/// </summary>
public sealed class AskedQuestionStore(ITableStore store, OutboxWriter outbox)
{
    public const string TableName = "FaqQuestions";
    private const string RowPrefix = "q|";
    private const string RowEnd = "q}";

    private static readonly RowCodec<AskedQuestion> Codec = RowCodec.Json<AskedQuestion>("Question", question => new Dictionary<string, object?>
    {
        ["Outcome"] = question.Outcome.ToString(),
        ["AskedAt"] = question.AskedAt,
    });

    private readonly RowTable<AskedQuestion> _questions = new(store, TableName, Codec);

    private static string PartitionOf(string id) => AskedQuestion.MonthOf(id) ?? throw new ArgumentException($"'{id}' is not a question id", nameof(id));

    public async Task AddAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        var table = await _questions.OpenAsync(cancellationToken).ConfigureAwait(false);
        await table.AddAsync(Codec.ToRow(PartitionOf(question.Id), RowPrefix + question.Id, question), cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The question and its ETag, or nulls when the id is unknown or not one of ours.</returns>
    public async Task<(AskedQuestion? Question, string? ETag)> GetAsync(string? id, CancellationToken cancellationToken) =>
        AskedQuestion.MonthOf(id) is { } month && await _questions.GetAsync(month, RowPrefix + id, cancellationToken).ConfigureAwait(false) is { } stored
            ? (stored.Value, stored.ETag)
            : (null, null);

    /// <summary>Replaces the question if still at <paramref name="etag"/>, with <paramref name="messages"/> in its outbox in the same batch.</summary>
    /// <returns>False when someone changed it first: nothing was written.</returns>
    public async Task<bool> TryUpdateAsync(AskedQuestion question, string etag, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await _questions.OpenAsync(cancellationToken).ConfigureAwait(false);
        var partition = PartitionOf(question.Id);
        return await outbox.TrySubmitWithAsync(table, partition, [Codec.Put(partition, RowPrefix + question.Id, question, etag)], messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies <paramref name="change"/> to the stored question (null = leave it), retrying when another writer got there first.</summary>
    /// <returns>The question as stored afterwards, or null when it does not exist.</returns>
    public Task<AskedQuestion?> UpdateAsync(string id, Func<AskedQuestion, AskedQuestion?> change, CancellationToken cancellationToken)
    {
        if (AskedQuestion.MonthOf(id) is not { } month)
        {
            return Task.FromResult<AskedQuestion?>(null);
        }

        return _questions.ChangeAsync(month, RowPrefix + id, question =>
            question is null ? (null, null)
            : change(question) is not { } changed || changed == question ? (null, question)
            : (changed, changed), cancellationToken);
    }

    /// <summary>Every question asked since <paramref name="since"/>, month by month, oldest first.</summary>
    public async IAsyncEnumerable<(AskedQuestion Question, string ETag)> SinceAsync(DateTimeOffset since, DateTimeOffset now, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var month = new DateTime(since.UtcDateTime.Year, since.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc); month <= now.UtcDateTime; month = month.AddMonths(1))
        {
            var partition = month.ToString("yyyyMM", CultureInfo.InvariantCulture);
            await foreach (var stored in _questions.QueryAsync(partition, RowPrefix, RowEnd, cancellationToken).ConfigureAwait(false))
            {
                if (stored.Value.AskedAt >= since)
                {
                    yield return (stored.Value, stored.ETag!);
                }
            }
        }
    }
}
