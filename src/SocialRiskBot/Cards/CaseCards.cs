namespace SocialRiskBot.Cards;

/// <summary>
/// The live case in the owning department's channel, updated in place for everyone. Reporter text
/// (<see cref="WhatHappened"/>, <see cref="Link"/>, <see cref="ReporterName"/>) is shown as TextRuns.
/// Every action submits <c>case.&lt;action&gt;</c> with the case number and <see cref="Version"/>:
/// acknowledge, assign, note (Input.Text <c>note</c>), severity (ChoiceSet <c>severity</c>), reroute
/// (ChoiceSet <c>department</c>), resolve (Input.Text <c>summary</c>), reopen (only when resolved).
/// Only the latest <see cref="CaseCardHistory.Shown"/> history lines are carried, so a long case stays small.
/// </summary>
public sealed record CaseCard(
    string CaseNumber,
    int Version,
    string CategoryLabel,
    string Severity,
    string SeverityColor,
    string SeverityReasons,
    string Platform,
    bool HasLink,
    string Link,
    string Noticed,
    string WhatHappened,
    string ReporterName,
    string Status,
    string AcknowledgeBy,
    IReadOnlyList<CaseCard.HistoryEntry> History,
    bool HasEarlierHistory,
    int EarlierHistoryCount,
    bool IsResolved,
    bool CanAcknowledge,
    string SeverityValue,
    string OwnerId,
    IReadOnlyList<CardChoice> Departments,
    IReadOnlyList<CardChoice> Severities) : ICardModel
{
    public static string TemplateName => "case";

    public static CardAudience Audience => CardAudience.Channel;

    /// <summary>The resolution deadline, beside <see cref="AcknowledgeBy"/>.</summary>
    public string ResolveBy { get; init; } = string.Empty;

    public sealed record HistoryEntry(string When, string Who, string What);
}

public static class CaseCardHistory
{
    /// <summary>How many of the latest history lines a case card shows; the full history stays in storage.</summary>
    public const int Shown = 8;
}

/// <summary>A short notice in a cc department's channel (or the risk committee's) pointing at a case another department owns.</summary>
public sealed record CaseNoticeCard(string CaseNumber, string CategoryLabel, string Severity, string OwnerName, string Reason) : ICardModel
{
    public static string TemplateName => "case-notice";

    public static CardAudience Audience => CardAudience.Channel;
}
