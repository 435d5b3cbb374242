using System.Globalization;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Hands out case numbers from one counter row per year in the <c>CaseCounters</c> table. Every increment is
/// an ETag-conditional write, so two instances never hand out the same number; a number is never reused,
/// even when the case it was drawn for is never saved.
/// </summary>
public sealed class CaseNumbers(ITableStore store)
{
    private const string TableName = "CaseCounters";
    private const string Partition = "year";
    private const string LastIssued = "Last";

    /// <summary>The last number issued in <paramref name="year"/>: 0 when none was.</summary>
    public async Task<int> LastIssuedAsync(int year, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(Partition, year.ToString("D4", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        return row?.Properties.TryGetValue(LastIssued, out var last) == true && last is int n ? n : 0;
    }

    /// <summary>Every year a number was issued in, with its last number.</summary>
    public async Task<IReadOnlyList<(int Year, int LastIssued)>> YearsAsync(CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var years = new List<(int, int)>();
        await foreach (var row in table.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            if (int.TryParse(row.RowKey, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && row.Properties.TryGetValue(LastIssued, out var last) && last is int n)
            {
                years.Add((year, n));
            }
        }

        return years;
    }

    public async Task<CaseNumber> NextAsync(int year, CancellationToken cancellationToken)
    {
        // Checked before a number is drawn, so a bad year does not burn one.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var rowKey = year.ToString("D4", CultureInfo.InvariantCulture);
        for (var attempt = 1; ; attempt++)
        {
            var current = await table.GetAsync(Partition, rowKey, cancellationToken).ConfigureAwait(false);
            var next = (current?.Properties.TryGetValue(LastIssued, out var last) == true && last is int n ? n : 0) + 1;
            if (await table.TryWriteAsync(new TableRow(Partition, rowKey)
            {
                ETag = current?.ETag,
                Properties = new Dictionary<string, object?> { [LastIssued] = next },
            }, cancellationToken).ConfigureAwait(false))
            {
                return new CaseNumber(year, next);
            }

            // Someone else took this number; a short random pause keeps a crowd of callers from colliding in step.
            await Task.Delay(Random.Shared.Next(0, Math.Min(attempt, 10) + 1), cancellationToken).ConfigureAwait(false);
        }
    }
}
