using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Evidence;
using SocialRiskBot.Evidence.Teams;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// Screenshots and files a reporter sends in personal chat: while a report is open they join it; after that they
/// go to the case chosen with "Add files" in <c>my reports</c>; otherwise nothing is kept and the reporter is told how.
/// </summary>
public sealed class EvidenceConversation(
    ReportService reports,
    CaseEvidence caseEvidence,
    EvidenceIntake intake,
    EvidenceTargets targets,
    Incidents.Relay.ReporterRelay relay,
    CaseCardComposer composer,
    CaseRouting routing,
    IncidentStore incidents,
    IOptions<EvidenceOptions> options)
{
    internal const string NoReport =
        "To add a screenshot or file to a report, send it while you write the report, or type **my reports** and tap **Add files** on the report it belongs to. I didn't keep this one.";

    /// <returns>False when the message carries no files (it is something else).</returns>
    public async Task<bool> TryTakeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // Files reach the bot in personal chat only (Teams' rule); a picture pasted in a channel is not evidence.
        var files = turn.Activity.IsPersonalChat() ? FileAttachment.From(turn.Activity.Attachments) : [];
        if (files.Count == 0)
        {
            return false;
        }

        var user = UserNames.KeyOf(turn);
        var reply = await reports.FindOpenAsync(user, cancellationToken).ConfigureAwait(false) is { } draft
            ? await ToDraftAsync(user, draft, files, cancellationToken).ConfigureAwait(false)
            : await targets.FindAsync(user, cancellationToken).ConfigureAwait(false) is { } caseNumber
                ? await ToCaseAsync(turn, user, caseNumber, files, cancellationToken).ConfigureAwait(false)
                : NoReport;
        await turn.SendAsync(Replies.Text(reply), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary><c>report.files</c> from <c>my reports</c>: the reporter's next files go to that case.</summary>
    public async Task ChooseCaseAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var caseNumber = CardValues.Text(form, "case");
        var (incident, _) = CaseNumber.TryParse(caseNumber, out _) ? await reports.FindCaseAsync(caseNumber!, cancellationToken).ConfigureAwait(false) : (null, null);
        string reply;
        if (incident is null || !await relay.IsReporterAsync(incident, UserNames.KeyOf(turn), cancellationToken).ConfigureAwait(false))
        {
            reply = "I can't find that report among yours any more, so there is nothing to add files to.";
        }
        else if (incident.Status == IncidentStatus.Resolved)
        {
            reply = $"{incident.CaseNumber} is resolved, so it takes no more files. If something new happened, type **report**.";
        }
        else
        {
            await targets.SetAsync(UserNames.KeyOf(turn), incident.CaseNumber, cancellationToken).ConfigureAwait(false);
            var room = options.Value.MaxFilesPerCase - incident.EvidenceFiles.Count;
            reply = room <= 0
                ? $"{incident.CaseNumber} already has {options.Value.MaxFilesPerCase} files, the most a case holds."
                : $"Send the screenshots or files for {incident.CaseNumber} now, as a message here: pictures (PNG, JPEG, GIF, WebP) or PDFs, up to {options.Value.MaxBytes / (1024 * 1024)} MB each, {room} more at most.";
        }

        await turn.SendAsync(Replies.Text(reply), cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> ToDraftAsync(string user, ReportDraft draft, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken)
    {
        var taken = await intake.AcceptAsync(files, draft.EvidenceFiles, cancellationToken).ConfigureAwait(false);
        if (taken.Accepted.Count == 0)
        {
            return Summary(taken, string.Empty);
        }

        var kept = await reports.AddEvidenceAsync(user, draft.DraftId, taken.Accepted, options.Value.MaxFilesPerCase, cancellationToken).ConfigureAwait(false);
        await intake.DeleteAsync(taken.Accepted.Except(kept ?? []), cancellationToken).ConfigureAwait(false);
        if (kept is null)
        {
            return "That report was closed meanwhile, so I didn't keep the files. Type **report** to start a new one.";
        }

        if (kept.Count == 0)
        {
            return $"Your report already has these files, or all {options.Value.MaxFilesPerCase} it can hold, so I didn't add them again.";
        }

        var count = Math.Min(draft.EvidenceFiles.Count + kept.Count, options.Value.MaxFilesPerCase);
        return Summary(taken with { Accepted = kept }, $"Added to your report: {Names(kept)} ({count} of {options.Value.MaxFilesPerCase} files). They go with it when you send it.");
    }

    private async Task<string> ToCaseAsync(TurnContext turn, string user, string caseNumber, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken)
    {
        var check = await caseEvidence.CheckAsync(user, caseNumber, cancellationToken).ConfigureAwait(false);
        if (check.Kind != CaseEvidenceOutcomeKind.Open)
        {
            return Refusal(check.Kind, caseNumber);
        }

        var taken = await intake.AcceptAsync(files, check.Incident!.EvidenceFiles, cancellationToken).ConfigureAwait(false);
        if (taken.Accepted.Count == 0)
        {
            return Summary(taken, string.Empty);
        }

        try
        {
            // When someone changed the case meanwhile, the next attempt adds the files to the case as it is now.
            return await ReadChangeWrite.RunAsync(async token =>
            {
                var outcome = await caseEvidence.AddAsync(caseNumber, taken, token).ConfigureAwait(false);
                await intake.DeleteAsync(outcome.Dropped ?? [], token).ConfigureAwait(false);
                taken = outcome.Intake ?? taken with { Accepted = [] };
                if (outcome.Kind != CaseEvidenceOutcomeKind.Added)
                {
                    return Attempt.Done(Refusal(outcome.Kind, caseNumber));
                }

                var added = Summary(taken, $"Added to {caseNumber}: {Names(taken.Accepted)}. {composer.OwnerName(outcome.Changed ?? outcome.Incident!)} can see it on the case now.");
                return outcome.Changed is not { } changed
                    ? Attempt.Done(added)
                    : Attempt.Write(added, write => incidents.TryUpdateAsync(changed, outcome.ETag!, CardUpdate(turn, changed), write));
            }, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await intake.DeleteAsync(taken.Accepted, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static string Refusal(CaseEvidenceOutcomeKind kind, string caseNumber) => kind == CaseEvidenceOutcomeKind.Closed
        ? $"{caseNumber} was resolved meanwhile, so it takes no more files. I didn't keep them."
        : "I can't find that report among yours any more, so I didn't keep the files.";

    /// <summary>The case card updated in its channel, so responders see the new files at once.</summary>
    private IReadOnlyList<OutboxMessage> CardUpdate(TurnContext turn, Incident changed) =>
        routing.CardUpdate(changed, turn.Activity.ServiceUrl!) is { } update ? [update] : [];

    /// <summary>What was kept (when anything was), then one line per file left out.</summary>
    private static string Summary(EvidenceIntakeResult taken, string kept)
    {
        var text = new StringBuilder();
        if (taken.Accepted.Count > 0)
        {
            text.Append(kept);
        }

        foreach (var rejection in taken.Rejected)
        {
            text.Append(text.Length > 0 ? "\n\n" : string.Empty).Append(rejection.Message);
        }

        return text.ToString();
    }

    private static string Names(IEnumerable<EvidenceFile> files) => string.Join(", ", files.Select(f => f.FileName));
}
