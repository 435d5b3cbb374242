using System.Globalization;
using System.Text.Json;
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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string PartitionOf(string id) => AskedQuestion.MonthOf(id) ?? throw new ArgumentException($"'{id}' is not a question id", nameof(id));

    public async Task AddAsync(AskedQuestion question, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        await table.AddAsync(ToRow(question, null), cancellationToken).ConfigureAwait(false);
    }

    /// <returns>The question and its ETag, or nulls when the id is unknown or not one of ours.</returns>
    public async Task<(AskedQuestion? Question, string? ETag)> GetAsync(string? id, CancellationToken cancellationToken)
    {
        if (AskedQuestion.MonthOf(id) is not { } month)
        {
            return (null, null);
        }

        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(month, RowPrefix + id, cancellationToken).ConfigureAwait(false);
        return row is null ? (null, null) : (FromRow(row), row.ETag);
    }

    /// <summary>Replaces the question if still at <paramref name="etag"/>, with <paramref name="messages"/> in its outbox in the same batch.</summary>
    /// <returns>False when someone changed it first: nothing was written.</returns>
    public async Task<bool> TryUpdateAsync(AskedQuestion question, string etag, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        return await outbox.TrySubmitWithAsync(table, PartitionOf(question.Id), [TableOperation.Update(ToRow(question, etag))], messages, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies <paramref name="change"/> to the stored question (null = leave it), retrying when another writer got there first.</summary>
    /// <returns>The question as stored afterwards, or null when it does not exist.</returns>
    public async Task<AskedQuestion?> UpdateAsync(string id, Func<AskedQuestion, AskedQuestion?> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (question, etag) = await GetAsync(id, cancellationToken).ConfigureAwait(false);
            if (question is null)
            {
                return null;
            }

            if (change(question) is not { } changed || changed == question)
            {
                return question;
            }

            if (await TryUpdateAsync(changed, etag!, [], cancellationToken).ConfigureAwait(false))
            {
                return changed;
            }
        }
    }

    /// <summary>Every question asked since <paramref name="since"/>, month by month, oldest first.</summary>
    public async IAsyncEnumerable<(AskedQuestion Question, string ETag)> SinceAsync(DateTimeOffset since, DateTimeOffset now, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        for (var month = new DateTime(since.UtcDateTime.Year, since.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc); month <= now.UtcDateTime; month = month.AddMonths(1))
        {
            var partition = month.ToString("yyyyMM", CultureInfo.InvariantCulture);
            await foreach (var row in table.QueryAsync(partition, RowPrefix, RowEnd, cancellationToken).ConfigureAwait(false))
            {
                var question = FromRow(row);
                if (question.AskedAt >= since)
                {
                    yield return (question, row.ETag!);
                }
            }
        }
    }

    private static TableRow ToRow(AskedQuestion question, string? etag) => new(PartitionOf(question.Id), RowPrefix + question.Id)
    {
        ETag = etag,
        Properties = new Dictionary<string, object?>
        {
            ["Question"] = JsonSerializer.Serialize(question, Json),
            ["Outcome"] = question.Outcome.ToString(),
            ["AskedAt"] = question.AskedAt,
        },
    };

    private static AskedQuestion FromRow(TableRow row) => JsonSerializer.Deserialize<AskedQuestion>(row.GetString("Question")!, Json)!;
}
