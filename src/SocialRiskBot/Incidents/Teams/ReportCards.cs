using SocialRiskBot.Cards;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>Step 1 of a report: one big tappable row per category. Each row submits <c>report.category</c> with the draft, version and category id.</summary>
public sealed record ReportCategoryCard(string DraftId, int Version, IReadOnlyList<ReportCategoryCard.Option> Categories) : ICardModel
{
    public static string TemplateName => "report-category";

    public static CardAudience Audience => CardAudience.Employee;

    /// <summary>The story the reporter already typed, kept for the next step and shown as a TextRun.</summary>
    public string Story { get; init; } = string.Empty;

    public bool HasStory => Story.Length > 0;

    public sealed record Option(string Id, string Label, string Description);
}

/// <summary>
/// Step 2: the details form, prefilled from the draft (so Edit and a failed check keep what was typed).
/// Toggles carry "true"/"false"; <see cref="Problem"/> is shown above the form when <see cref="HasProblem"/>.
/// Submits <c>report.details</c>; Cancel submits <c>report.cancel</c>.
/// </summary>
public sealed record ReportDetailsCard(
    string DraftId,
    int Version,
    string CategoryLabel,
    IReadOnlyList<CardChoice> Platforms,
    string Platform,
    string Link,
    string NoticedDate,
    string NoticedTime,
    string WhatHappened,
    string StillVisible,
    string PersonalData,
    string OfficialAccount,
    string MediaAttention,
    IReadOnlyList<CardChoice> Urgencies,
    string Urgency,
    bool HasProblem,
    string Problem) : ICardModel
{
    public static string TemplateName => "report-details";

    public static CardAudience Audience => CardAudience.Employee;

    /// <summary>What the form still needs after the reporter typed their story in chat; shown when there is no <see cref="Problem"/>.</summary>
    public string StillNeeded { get; init; } = string.Empty;

    public bool HasStillNeeded => StillNeeded.Length > 0 && !HasProblem;
}

/// <summary>
/// Step 3: everything at a glance before sending. What the reporter typed (<see cref="WhatHappened"/>,
/// <see cref="Link"/>) is shown as TextRuns, never markdown. Submit sends <c>report.submit</c>, Edit
/// <c>report.edit</c>, Cancel <c>report.cancel</c>.
/// </summary>
public sealed record ReportReviewCard(
    string DraftId,
    int Version,
    string CategoryLabel,
    string Severity,
    string WhatHappened,
    bool HasLink,
    string Link,
    IReadOnlyList<CardFact> Facts) : ICardModel
{
    public static string TemplateName => "report-review";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>The review card after Submit, replaced in place: the case number, who has it, when to expect an answer, what to do now.</summary>
public sealed record ReportSubmittedCard(
    string CaseNumber,
    string CategoryLabel,
    string Severity,
    string OwnerName,
    string ResponseTime,
    bool IsAnonymous,
    IReadOnlyList<ReportSubmittedCard.Line> Advice) : ICardModel
{
    public static string TemplateName => "report-submitted";

    public static CardAudience Audience => CardAudience.Employee;

    public sealed record Line(string Text);
}

/// <summary>A report card that can no longer be used (cancelled, expired, already sent): replaced in place with this.</summary>
public sealed record ReportClosedCard(string Title, string Message) : ICardModel
{
    public static string TemplateName => "report-closed";

    public static CardAudience Audience => CardAudience.Employee;
}
