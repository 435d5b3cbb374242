using SocialRiskBot.Content;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The commands and card actions of reports and cases: <c>report</c> (a story may follow), <c>my reports</c>,
/// <c>cancel</c>, <c>report incidents</c>, the report card's steps, the reporter's follow-ups, the case card's buttons
/// and the relayed answer; the case card's evidence dialog; files sent in chat, and a story typed while a report form is open.
/// </summary>
internal static class IncidentsRoutes
{
    private const string ReportCard = "ReportCard";
    private const string CaseCard = "CaseCard";
    private const string RelayCard = "RelayCard";

    public static void Register(FeatureRoutes routes, IServiceProvider services)
    {
        var reports = services.GetRequiredService<ReportConversation>();
        var myReports = services.GetRequiredService<MyReportsConversation>();
        var evidence = services.GetRequiredService<EvidenceConversation>();
        var admin = services.GetRequiredService<IncidentsAdminConversation>();
        var limits = services.GetRequiredService<ReportRateLimit>();

        routes.Attachments(evidence.TryTakeAsync);
        routes.Command<string?>([ChatCommands.Report], "Report", TypedStory.Of,
            (turn, story, cancellationToken) => limits.StartReportAsync(turn, (t, ct) => reports.StartAsync(t, story, ct), cancellationToken));
        routes.Command([ChatCommands.MyReports], "MyReports", myReports.ListAsync);
        routes.Command([ChatCommands.Cancel], "Cancel", reports.CancelAsync);
        routes.Command([ChatCommands.ReportIncidents], "IncidentsReport", IncidentsMonth.Parse, admin.ReportAsync);

        routes.CardAction("report.category", ReportCard, reports.OnCategoryAsync);
        routes.CardAction("report.details", ReportCard, reports.OnDetailsAsync);
        routes.CardAction("report.edit", ReportCard, reports.OnEditAsync);
        routes.CardAction("report.submit", ReportCard, reports.OnSubmitAsync);
        routes.CardAction("report.cancel", ReportCard, reports.OnCancelAsync);
        routes.CardAction("report.adddetails", ReportCard, myReports.OnAddDetailsAsync);
        routes.CardAction("report.notfixed", ReportCard, myReports.OnNotFixedAsync);
        routes.CardAction("report.files", ReportCard, evidence.ChooseCaseAsync);
        routes.OtherCardActionsOf("report", ReportCard, reports.OnOtherAsync);

        RegisterCaseCard(routes, services.GetRequiredService<CaseConversation>());
        routes.Invoke(EvidenceDialog.InvokeName, services.GetRequiredService<EvidenceDialog>().OnTaskFetchAsync, EvidenceDialog.Message);

        var relay = services.GetRequiredService<RelayConversation>();
        routes.CardAction("relay.answer", RelayCard, relay.OnAnswerAsync);
        routes.OtherCardActionsOf("relay", RelayCard, relay.OnUnknownAsync);

        // The story as typed, its closing "." or "!" kept.
        routes.OpenFlow((turn, text, cancellationToken) => reports.TryTakeTypedStoryAsync(turn, text.AsTyped, cancellationToken));
    }

    private static void RegisterCaseCard(FeatureRoutes routes, CaseConversation cases)
    {
        CardActionHandler Act(CaseAction action) => (turn, form, cancellationToken) => cases.OnCardAsync(turn, action, form, cancellationToken);

        routes.CardAction("case.acknowledge", CaseCard, Act(CaseAction.Acknowledge));
        routes.CardAction("case.assign", CaseCard, Act(CaseAction.Assign));
        routes.CardAction("case.note", CaseCard, Act(CaseAction.Note));
        routes.CardAction("case.severity", CaseCard, Act(CaseAction.ChangeSeverity));
        routes.CardAction("case.reroute", CaseCard, Act(CaseAction.Reroute));
        routes.CardAction("case.resolve", CaseCard, Act(CaseAction.Resolve));
        routes.CardAction("case.reopen", CaseCard, Act(CaseAction.Reopen));
        routes.CardAction("case.ask", CaseCard, Act(CaseAction.AskReporter));
        routes.OtherCardActionsOf("case", CaseCard, cases.OnUnknownAsync);
    }
}
