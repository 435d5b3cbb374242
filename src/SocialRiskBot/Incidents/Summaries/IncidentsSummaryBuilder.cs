using Microsoft.Extensions.Options;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Training.Summaries;

namespace SocialRiskBot.Incidents.Summaries;

/// <summary>
/// Builds the monthly summary from the cases reported in a calendar month (in the SLA time zone). A case is
/// "acknowledged" when first acknowledged or taken on (or resolved, if nobody acknowledged it first). A breach is
/// a deadline passed before that happened, or passed already with it still not done.
/// </summary>
public sealed class IncidentsSummaryBuilder(CaseArchive archive, CategoryCatalog categories, SlaPolicy policy, TrainingSummaryBuilder training, IOptions<SlaOptions> options, TimeProvider time)
{
    public async Task<IncidentsSummary> BuildAsync(int year, int month, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
        var cases = new List<Incident>();
        await foreach (var incident in archive.ReadAsync(NumberedIn(year, month), cancellationToken).ConfigureAwait(false))
        {
            var local = TimeZoneInfo.ConvertTime(incident.ReportedAt, zone);
            if (local.Year == year && local.Month == month)
            {
                cases.Add(incident);
            }
        }

        var now = time.GetUtcNow();
        var owners = cases.Select(c => c.OwnerId).ToHashSet(StringComparer.Ordinal);
        var completion = owners.Count == 0 ? [] : (await training.BuildAsync(cancellationToken).ConfigureAwait(false)).Departments.Where(d => d.DepartmentId is { } id && owners.Contains(id)).ToList();
        return new IncidentsSummary(
            year,
            month,
            cases.Count,
            [.. cases.GroupBy(c => categories.Find(c.CategoryId)?.Label ?? c.CategoryId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))],
            [.. Enum.GetValues<Severity>().Reverse().Select(s => (s, cases.Count(c => c.Severity == s)))],
            Median([.. cases.Where(c => Acknowledged(c) is not null).Select(c => Acknowledged(c)!.Value - c.ReportedAt)]),
            Median([.. cases.Where(c => c.ResolvedAt is not null).Select(c => c.ResolvedAt!.Value - c.ReportedAt)]),
            cases.Count(c => (Acknowledged(c) ?? now) > c.AcknowledgeBy),
            cases.Count(c => (c.ResolvedAt ?? now) > (c.ResolveBy ?? policy.ResolveBy(c.Severity, c.ReportedAt))),
            completion)
        {
            ServiceUrl = cases.LastOrDefault(c => c.ServiceUrl is not null)?.ServiceUrl,
            TenantId = cases.LastOrDefault(c => c.TenantId is not null)?.TenantId,
        };
    }

    /// <summary>Case numbers follow the UTC year; near new year the configured zone may put a case in the month next door.</summary>
    private static int[] NumberedIn(int year, int month) => month switch
    {
        1 => [year - 1, year],
        12 => [year, year + 1],
        _ => [year],
    };

    private static DateTimeOffset? Acknowledged(Incident incident) => incident.AcknowledgedAt ?? incident.ResolvedAt;

    internal static TimeSpan? Median(List<TimeSpan> spans)
    {
        if (spans.Count == 0)
        {
            return null;
        }

        spans.Sort();
        var middle = spans.Count / 2;
        return spans.Count % 2 == 1 ? spans[middle] : (spans[middle - 1] + spans[middle]) / 2;
    }
}
