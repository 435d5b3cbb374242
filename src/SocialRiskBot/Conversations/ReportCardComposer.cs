using System.Globalization;
using SocialRiskBot.Cards;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Conversations;

/// <summary>Turns a report draft into the card of its current step, as the reporter sees it.</summary>
public sealed class ReportCardComposer(CategoryCatalog categories, DepartmentDirectory departments, Incidents.Sla.SlaPolicy sla, TimeProvider time)
{
    private static readonly CardChoice[] Urgencies =
    [
        new("low", "It can wait a day"),
        new("medium", "Today, please"),
        new("high", "Urgent: within the hour"),
        new("critical", "Critical: it is spreading right now"),
    ];

    public ReportCategoryCard Categories(ReportDraft draft) => new(
        draft.DraftId,
        draft.Version,
        [.. categories.All.Select(c => new ReportCategoryCard.Option(c.Id, c.Label, c.Description))]);

    /// <param name="typed">What was submitted and refused, shown again so nothing typed is lost.</param>
    public ReportDetailsCard Details(ReportDraft draft, string? timeZone, ReportDetailsInput? typed = null, string? problem = null)
    {
        var details = draft.Details;
        var noticed = TimeZones.ToLocal(details?.NoticedAt ?? time.GetUtcNow(), timeZone);
        return new ReportDetailsCard(
            draft.DraftId,
            draft.Version,
            CategoryLabel(draft.CategoryId),
            [.. Platforms.All.Select(p => new CardChoice(p.Id, p.Name))],
            typed?.Platform ?? details?.PlatformId ?? string.Empty,
            typed?.Link ?? details?.Link ?? string.Empty,
            typed?.NoticedDate ?? noticed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            typed?.NoticedTime ?? noticed.ToString("HH:mm", CultureInfo.InvariantCulture),
            typed?.WhatHappened ?? details?.WhatHappened ?? string.Empty,
            Toggle(typed?.StillVisible ?? details?.Facts.StillVisible ?? false),
            Toggle(typed?.PersonalData ?? details?.Facts.PersonalData ?? false),
            Toggle(typed?.OfficialAccount ?? details?.Facts.OfficialAccount ?? false),
            Toggle(typed?.MediaAttention ?? details?.Facts.MediaAttention ?? false),
            Urgencies,
            typed?.Urgency ?? (details?.Facts.ReporterUrgency ?? Severity.Low).ToString().ToLowerInvariant(),
            problem is not null,
            problem ?? string.Empty);
    }

    public ReportReviewCard Review(ReportDraft draft, string? timeZone)
    {
        var details = draft.Details!;
        var category = categories.Find(draft.CategoryId) ?? categories.Other;
        var assessed = SeverityAssessment.Assess(category, details.Facts);
        return new ReportReviewCard(
            draft.DraftId,
            draft.Version,
            category.Label,
            assessed.Severity.ToString(),
            details.WhatHappened,
            details.Link is not null,
            details.Link ?? string.Empty,
            [
                new CardFact("Where", Platforms.NameOf(details.PlatformId) ?? details.PlatformId),
                new CardFact("Noticed", TimeZones.ToLocal(details.NoticedAt, timeZone).ToString("ddd d MMM, HH:mm", CultureInfo.InvariantCulture)),
                new CardFact("Still visible", YesNo(details.Facts.StillVisible)),
                new CardFact("Personal data", YesNo(details.Facts.PersonalData)),
                new CardFact("Official account", YesNo(details.Facts.OfficialAccount)),
                new CardFact("Media attention", YesNo(details.Facts.MediaAttention)),
                new CardFact("Urgency", Urgencies.First(u => u.Value == details.Facts.ReporterUrgency.ToString().ToLowerInvariant()).Title),
            ]);
    }

    public ReportSubmittedCard Submitted(Incident incident)
    {
        var category = categories.Find(incident.CategoryId) ?? categories.Other;
        var owner = departments.Find(incident.OwnerId)?.Name ?? incident.OwnerId;
        return new ReportSubmittedCard(
            incident.CaseNumber,
            category.Label,
            incident.Severity.ToString(),
            owner,
            $"{owner} aims to pick it up {sla.DescribeAcknowledge(incident.Severity)}.",
            incident.IsAnonymous,
            [.. category.Advice.Select(a => new ReportSubmittedCard.Line(a))]);
    }

    private string CategoryLabel(string? id) => (categories.Find(id) ?? categories.Other).Label;

    private static string Toggle(bool on) => on ? "true" : "false";

    private static string YesNo(bool yes) => yes ? "Yes" : "No";
}
