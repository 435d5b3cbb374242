using SocialRiskBot.Incidents.Anonymity;

namespace SocialRiskBot.Incidents;

/// <summary>The case a submitted report becomes, and a stored case read back.</summary>
public sealed partial class ReportService
{
    /// <summary>A stored case, as it is now.</summary>
    public Task<(Incident? Incident, string? ETag)> FindCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        incidents.GetAsync(caseNumber, cancellationToken);

    /// <summary>
    /// The case a submitted draft becomes: severity and routing from its category and facts, deadlines from the SLA,
    /// filed under the reporter, or under their alias with a neutral name when anonymous.
    /// </summary>
    private Incident NewIncident(ReportDraft draft, string reporterName)
    {
        var category = categories.Find(draft.CategoryId) ?? categories.Other;
        var details = draft.Details!;
        var assessed = SeverityAssessment.Assess(category, details.Facts);
        var plan = IncidentRouter.Plan(category, details.Facts, assessed.Severity);
        var now = time.GetUtcNow();
        var name = draft.Anonymous is null ? reporterName : AnonymousReporter.DisplayName;
        return new Incident(
            draft.CaseNumber!,
            1,
            category.Id,
            assessed.Severity,
            assessed.Reasons,
            plan.OwnerId,
            [.. plan.Departments.Skip(1)],
            details,
            draft.Anonymous?.Alias ?? draft.ReporterKey,
            name,
            IncidentStatus.New,
            now,
            sla.AcknowledgeBy(assessed.Severity, now),
            [new CaseEvent(now, name, "reported it")])
        {
            ResolveBy = sla.ResolveBy(assessed.Severity, now),
            IsAnonymous = draft.Anonymous is not null,
            EvidenceFiles = draft.EvidenceFiles,
        };
    }
}
