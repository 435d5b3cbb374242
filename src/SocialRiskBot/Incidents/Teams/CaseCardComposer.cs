using System.Globalization;
using SocialRiskBot.Cards;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Relay;
using Microsoft.Extensions.Options;
using SocialRiskBot.Organization;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Campaigns;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>Turns a case into the cards responders see: the live case card, and the short notice for other departments.</summary>
public sealed class CaseCardComposer(CategoryCatalog categories, DepartmentDirectory departments, TrainingCatalog training, IOptions<IncidentsOptions> options, TimeProvider time)
{
    /// <summary>The value of the resolve form's "no training" choice.</summary>
    public const string NoTraining = "none";

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
        CardTime.Local(incident.Details.NoticedAt),
        incident.Details.WhatHappened,
        incident.ReporterName,
        Status(incident),
        CardTime.Local(incident.AcknowledgeBy),
        [.. incident.History.TakeLast(CaseCardHistory.Shown).Select(e => new CaseCard.HistoryEntry(CardTime.Local(e.At), e.Who, e.What))],
        incident.History.Count > CaseCardHistory.Shown,
        Math.Max(0, incident.History.Count - CaseCardHistory.Shown),
        incident.Status == IncidentStatus.Resolved,
        incident.Status == IncidentStatus.New,
        incident.Severity.ToString().ToLowerInvariant(),
        incident.OwnerId,
        [.. departments.All.Select(d => new CardChoice(d.Id, d.Name))],
        [.. Enum.GetValues<Severity>().Select(s => new CardChoice(s.ToString().ToLowerInvariant(), s.ToString()))],
        TrainingChoices(incident),
        [new CardChoice(Campaign.Everyone, "Everyone"), .. departments.All.Select(d => new CardChoice(d.Id, d.Name))],
        DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(options.Value.TrainingDueDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        incident.EvidenceFiles.Count > 0,
        incident.EvidenceFiles.Count,
        [.. incident.EvidenceFiles.Select(f => new CaseCard.EvidenceEntry(f.FileName, f.Kind, f.Size, f.Sha256[..12]))])
    {
        ResolveBy = incident.ResolveBy is { } resolveBy ? CardTime.Local(resolveBy) : "Not set",
        HasNotificationDeadline = NotificationHours(incident) is not null,
        NotificationDeadline = NotificationHours(incident) is { } hours ? NotificationDeadline(incident.ReportedAt, hours) : string.Empty,
    };

    /// <summary>"Regulator clock: decide whether to notify the regulator by …", counted from when the case was reported (in each viewer's time).</summary>
    public static string NotificationDeadline(DateTimeOffset reportedAt, int hours) =>
        $"Regulator clock: {hours} hours from this report. Decide whether the regulator must be told by {CardTime.Local(reportedAt.AddHours(hours))}.";

    private int? NotificationHours(Incident incident) => categories.Find(incident.CategoryId)?.NotificationHours;

    /// <summary>"No training", then the module this kind of case suggests (configuration), then the others.</summary>
    private List<CardChoice> TrainingChoices(Incident incident)
    {
        var suggested = options.Value.TrainingModules.GetValueOrDefault(incident.CategoryId) is { Length: > 0 } id ? training.Find(id) : null;
        List<CardChoice> choices = [new(NoTraining, "No training")];
        if (suggested is not null)
        {
            choices.Add(new CardChoice(suggested.Id, $"{suggested.Title} (suggested)"));
        }

        choices.AddRange(training.Modules.Where(m => m != suggested).Select(m => new CardChoice(m.Id, m.Title)));
        return choices;
    }

    public CaseNoticeCard Notice(Incident incident, string reason) => new(
        incident.CaseNumber,
        CategoryLabel(incident),
        incident.Severity.ToString(),
        OwnerName(incident),
        reason);

    /// <summary>A relayed question as the reporter sees it: open for an answer, or answered.</summary>
    public RelayQuestionCard Question(Incident incident, RelayQuestion question) => new(
        incident.CaseNumber,
        question.Id,
        question.AskedBy,
        OwnerName(incident),
        question.Text,
        incident.IsAnonymous,
        question.AnsweredAt is not null,
        question.Answer ?? string.Empty);

    /// <summary>The reporter's answer, for the case thread: under "Anonymous reporter" when they reported anonymously.</summary>
    public RelayAnswerCard Answer(Incident incident, RelayQuestion question) =>
        new(incident.CaseNumber, question.AskedBy, question.Text, incident.ReporterName, question.Answer ?? string.Empty);

    public string OwnerName(Incident incident) => departments.Find(incident.OwnerId)?.Name ?? incident.OwnerId;

    public string CategoryLabel(Incident incident) => categories.Find(incident.CategoryId)?.Label ?? incident.CategoryId;

    /// <summary>Where a case stands, in words for the reporter and the card alike.</summary>
    public string Status(Incident incident) => incident.Status switch
    {
        IncidentStatus.New => $"With {OwnerName(incident)}, not acknowledged yet",
        IncidentStatus.Acknowledged => $"Acknowledged by {OwnerName(incident)}",
        _ => $"Resolved by {OwnerName(incident)}",
    };

    /// <summary>Times in text (a channel message, the case history): in UTC with the zone named, as responders may sit anywhere. Cards use <see cref="CardTime"/>.</summary>
    internal static string When(DateTimeOffset at) => CardDates.When(at);
}
