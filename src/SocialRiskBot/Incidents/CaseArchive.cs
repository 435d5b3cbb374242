namespace SocialRiskBot.Incidents;

/// <summary>
/// Reads every case without a cross-partition query: the per-year counters say how many numbers were issued,
/// and each case is read by its number. A number drawn for a case never saved is simply skipped.
/// </summary>
public sealed class CaseArchive(CaseNumbers numbers, IncidentStore incidents)
{
    /// <summary>The cases numbered in the given years (all years when null), in number order.</summary>
    public async IAsyncEnumerable<Incident> ReadAsync(IReadOnlyCollection<int>? years, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var issued = years is null
            ? await numbers.YearsAsync(cancellationToken).ConfigureAwait(false)
            : [.. await Task.WhenAll(years.Select(async y => (Year: y, LastIssued: await numbers.LastIssuedAsync(y, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false)];
        foreach (var (year, last) in issued.OrderBy(y => y.Year))
        {
            for (var sequence = 1; sequence <= last; sequence++)
            {
                var (incident, _) = await incidents.GetAsync(new CaseNumber(year, sequence).ToString(), cancellationToken).ConfigureAwait(false);
                if (incident is not null)
                {
                    yield return incident;
                }
            }
        }
    }
}
