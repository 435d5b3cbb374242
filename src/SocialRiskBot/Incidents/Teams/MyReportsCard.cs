using SocialRiskBot.Cards;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// A reporter's latest cases and where each stands. An open case takes more details (an Input.Text
/// <c>details-&lt;case number&gt;</c> and <c>report.adddetails</c>) and files (<c>report.files</c>); a resolved one
/// shows its resolution and, for a while, offers <c>report.notfixed</c>. The resolution is shown as a TextRun.
/// </summary>
public sealed record MyReportsCard(bool HasReports, IReadOnlyList<MyReportsCard.Item> Reports) : ICardModel
{
    public static string TemplateName => "my-reports";

    public static CardAudience Audience => CardAudience.Employee;

    /// <summary>What the last press on this card did, shown above the list.</summary>
    public string Notice { get; init; } = string.Empty;

    public bool HasNotice => Notice.Length > 0;

    /// <param name="Files">"2 of 5", or "None yet".</param>
    /// <param name="IsOpen">Not resolved: it offers Add details and Add files (<c>report.files</c> with the case number).</param>
    public sealed record Item(string CaseNumber, string Category, string Status, string Reported, string Files, bool IsOpen)
    {
        /// <summary>What the responders recorded when they resolved it; empty while open.</summary>
        public string Resolution { get; init; } = string.Empty;

        public bool HasResolution => Resolution.Length > 0;

        /// <summary>"If it is not fixed, say so by …": empty once that is no longer possible.</summary>
        public string NotFixedUntil { get; init; } = string.Empty;

        public bool CanSayNotFixed => NotFixedUntil.Length > 0;

        /// <summary>"1 sent", "2 sent"; empty when the reporter added none.</summary>
        public string AddedDetails { get; init; } = string.Empty;

        public bool HasAddedDetails => AddedDetails.Length > 0;
    }
}

/// <summary>
/// The reporter's side of a case, posted in the case thread for its responders: details they added, or that it is
/// not fixed (the case reopened). Under "Anonymous reporter" for an anonymous report; the reporter's words are TextRuns.
/// </summary>
public sealed record CaseReporterUpdateCard(string Title, string CaseNumber, string ReporterName, bool HasText, string Text, string Next) : ICardModel
{
    public static string TemplateName => "case-reporter-update";

    public static CardAudience Audience => CardAudience.Channel;
}
