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

    private static readonly RowCodec<Counter> Codec = new(
        counter => new Dictionary<string, object?> { [LastIssued] = counter.Last },
        row => new Counter(row.RowKey, row.Value<int>(LastIssued)));

    private readonly RowTable<Counter> _counters = new(store, TableName, Codec);

    /// <summary>The last number issued in <paramref name="year"/>: 0 when none was.</summary>
    public async Task<int> LastIssuedAsync(int year, CancellationToken cancellationToken) =>
        (await _counters.GetAsync(Partition, RowKeyOf(year), cancellationToken).ConfigureAwait(false))?.Value.Last ?? 0;

    /// <summary>Every year a number was issued in, with its last number.</summary>
    public async Task<IReadOnlyList<(int Year, int LastIssued)>> YearsAsync(CancellationToken cancellationToken)
    {
        var years = new List<(int, int)>();
        await foreach (var (counter, _) in _counters.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            if (int.TryParse(counter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && counter.Last is { } last)
            {
                years.Add((year, last));
            }
        }

        return years;
    }

    /// <remarks>
    /// Two callers drawing at once both read the counter; one write lands and the other reads again and draws the
    /// next number (see <see cref="ReadChangeWrite"/>).
    /// </remarks>
    public async Task<CaseNumber> NextAsync(int year, CancellationToken cancellationToken)
    {
        // Checked before a number is drawn, so a bad year does not burn one.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var rowKey = RowKeyOf(year);
        var next = await _counters.ChangeAsync(Partition, rowKey, counter =>
        {
            var drawn = (counter?.Last ?? 0) + 1;
            return (new Counter(rowKey, drawn), drawn);
        }, cancellationToken).ConfigureAwait(false);
        return new CaseNumber(year, next);
    }

    private static string RowKeyOf(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A year's counter: its row key is the year, and it holds the last number issued.</summary>
    private sealed record Counter(string Year, int? Last);
}
