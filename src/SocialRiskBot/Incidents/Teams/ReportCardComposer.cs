using System.Globalization;
using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>Turns a report draft into the card of its current step, as the reporter sees it.</summary>
public sealed class ReportCardComposer(CategoryCatalog categories, DepartmentDirectory departments, Incidents.Sla.SlaPolicy sla, PlaceholderRenderer text, TimeProvider time)
{
    /// <summary>Longest echo of a choice, date or time field: far more than any real value.</summary>
    private const int ShortField = 100;

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
        [.. categories.All.Select(c => new ReportCategoryCard.Option(c.Id, c.Label, c.Description))])
    {
        Story = draft.Story ?? string.Empty,
    };

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
            Echo(typed?.Platform, ShortField) ?? details?.PlatformId ?? string.Empty,
            Echo(typed?.Link, ReportDetailsCheck.MaxLink) ?? details?.Link ?? string.Empty,
            Echo(typed?.NoticedDate, ShortField) ?? noticed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Echo(typed?.NoticedTime, ShortField) ?? noticed.ToString("HH:mm", CultureInfo.InvariantCulture),
            Echo(typed?.WhatHappened, ReportDetailsCheck.MaxWhatHappened) ?? draft.Story ?? details?.WhatHappened ?? string.Empty,
            Toggle(typed?.StillVisible ?? details?.Facts.StillVisible ?? false),
            Toggle(typed?.PersonalData ?? details?.Facts.PersonalData ?? false),
            Toggle(typed?.OfficialAccount ?? details?.Facts.OfficialAccount ?? false),
            Toggle(typed?.MediaAttention ?? details?.Facts.MediaAttention ?? false),
            Urgencies,
            Echo(typed?.Urgency, ShortField) ?? (details?.Facts.ReporterUrgency ?? (draft.Story is null ? Severity.Low : null))?.ToString().ToLowerInvariant() ?? string.Empty,
            problem is not null,
            problem ?? string.Empty)
        {
            StillNeeded = draft.Story is null ? string.Empty : StillNeeded,
        };
    }

    /// <summary>The form's words to a reporter who typed their story in chat: the rest is theirs to choose.</summary>
    internal const string StillNeeded = "Your story is in. Still needed: where it happened, when you noticed it, how urgent it feels and the ticks that are true. Then choose Next.";

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
            [.. category.Advice.Select(a => new ReportSubmittedCard.Line(text.Markdown(a)))]);
    }

    /// <summary>
    /// What was typed, shown again at most as long as it may be: a megabyte pasted into "what happened" must not
    /// come back as a megabyte card, which Teams would refuse, leaving the reporter with no answer at all.
    /// </summary>
    private static string? Echo(string? typed, int max)
    {
        if (typed is null || typed.Length <= max)
        {
            return typed;
        }

        var cut = char.IsHighSurrogate(typed[max - 1]) ? max - 1 : max;
        return typed[..cut];
    }

    private string CategoryLabel(string? id) => (categories.Find(id) ?? categories.Other).Label;

    private static string Toggle(bool on) => on ? "true" : "false";

    private static string YesNo(bool yes) => yes ? "Yes" : "No";
}
