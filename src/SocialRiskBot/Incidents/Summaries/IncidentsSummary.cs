using SocialRiskBot.Training.Summaries;

namespace SocialRiskBot.Incidents.Summaries;

/// <summary>One calendar month of cases: counts, medians, SLA breaches, and training in the departments that owned them.</summary>
public sealed record IncidentsSummary(
    int Year,
    int Month,
    int Total,
    IReadOnlyList<(string Label, int Count)> ByCategory,
    IReadOnlyList<(Severity Severity, int Count)> BySeverity,
    TimeSpan? MedianToAcknowledge,
    TimeSpan? MedianToResolve,
    int AcknowledgeBreaches,
    int ResolveBreaches,
    IReadOnlyList<DepartmentCompletion> Training)
{
    /// <summary>Where the month's latest delivered case card was posted from: how a background job can reach Teams.</summary>
    public string? ServiceUrl { get; init; }

    public string? TenantId { get; init; }
}
