using System.Globalization;
using SocialRiskBot.Cards;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Conversations;

/// <summary>Turns a case into the cards responders see: the live case card, and the short notice for other departments.</summary>
public sealed class CaseCardComposer(CategoryCatalog categories, DepartmentDirectory departments)
{
    public CaseCard Card(Incident incident) => new(
        incident.CaseNumber,
        incident.Version,
        CategoryLabel(incident),
        incident.Severity.ToString(),
        incident.Severity switch
        {
            Severity.Critical => "Attention",
            Severity.High => "Warning",
            Severity.Medium => "Accent",
            _ => "Default",
        },
        string.Join("; ", incident.SeverityReasons),
        Platforms.NameOf(incident.Details.PlatformId) ?? incident.Details.PlatformId,
        incident.Details.Link is not null,
        incident.Details.Link ?? string.Empty,
        When(incident.Details.NoticedAt),
        incident.Details.WhatHappened,
        incident.ReporterName,
        Status(incident),
        When(incident.AcknowledgeBy),
        [.. incident.History.TakeLast(CaseCardHistory.Shown).Select(e => new CaseCard.HistoryEntry(When(e.At), e.Who, e.What))],
        incident.History.Count > CaseCardHistory.Shown,
        Math.Max(0, incident.History.Count - CaseCardHistory.Shown),
        incident.Status == IncidentStatus.Resolved,
        incident.Status == IncidentStatus.New,
        incident.Severity.ToString().ToLowerInvariant(),
        incident.OwnerId,
        [.. departments.All.Select(d => new CardChoice(d.Id, d.Name))],
        [.. Enum.GetValues<Severity>().Select(s => new CardChoice(s.ToString().ToLowerInvariant(), s.ToString()))])
    {
        ResolveBy = incident.ResolveBy is { } resolveBy ? When(resolveBy) : "Not set",
    };

    public CaseNoticeCard Notice(Incident incident, string reason) => new(
        incident.CaseNumber,
        CategoryLabel(incident),
        incident.Severity.ToString(),
        OwnerName(incident),
        reason);

    public string OwnerName(Incident incident) => departments.Find(incident.OwnerId)?.Name ?? incident.OwnerId;

    public string CategoryLabel(Incident incident) => categories.Find(incident.CategoryId)?.Label ?? incident.CategoryId;

    /// <summary>Where a case stands, in words for the reporter and the card alike.</summary>
    public string Status(Incident incident) => incident.Status switch
    {
        IncidentStatus.New => $"With {OwnerName(incident)}, not acknowledged yet",
        IncidentStatus.Acknowledged => $"Acknowledged by {OwnerName(incident)}",
        _ => $"Resolved by {OwnerName(incident)}",
    };

    /// <summary>Times in UTC with the zone named: responders may sit anywhere.</summary>
    internal static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
