using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Evidence;
using SocialRiskBot.Evidence.Teams;
using SocialRiskBot.Incidents;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// The report flow in personal chat. One live card walks the reporter through the steps, replaced in place after
/// each submit; a stale or replayed card changes nothing and shows the report as it stands; a story typed in chat
/// fills the story of the form in progress; <c>cancel</c> works at any step.
/// </summary>
public sealed class ReportConversation(
    ReportService reports,
    ReportCardComposer composer,
    CaseRouting routing,
    CardRenderer cards,
    EvidenceIntake evidence,
    BotMetrics metrics)
{
    internal const string NothingToCancel = "There's no report in progress, so there is nothing to cancel.";
    internal const string Cancelled = "Report cancelled. Nothing was sent.";
    internal const string Expired = "This report was started more than a day ago and has expired. Nothing was sent: type **report** to start again.";

    internal const string StoryTaken = "Thanks, your story is in the report form above, word for word. It still needs where it happened, how urgent it feels and the ticks: fill those in there and choose **Next**.";
    internal const string StoryTakenChooseCategory = "Thanks, your story is kept on the report card above, word for word. Tap the kind of problem there and the form will have your story filled in.";

    /// <summary><c>report</c>, or <c>report &lt;story&gt;</c>: the report's card here, with the story (as typed) filled in.</summary>
    public async Task StartAsync(TurnContext turn, string? story, CancellationToken cancellationToken)
    {
        if (story is not null && ReportDetailsCheck.StoryProblem(story) is { } problem)
        {
            await turn.SendAsync(Replies.Text(problem), cancellationToken).ConfigureAwait(false);
            return;
        }

        var draft = await reports.StartAsync(UserNames.KeyOf(turn), cancellationToken, story).ConfigureAwait(false);
        await SendLiveCardAsync(turn, draft, CardFor(draft, turn), cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>report.category</c>: the kind of problem chosen on the first card.</summary>
    public Task OnCategoryAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        MoveAsync(turn, form, null, press => reports.ChooseCategoryAsync(press.Reporter, press.DraftId, press.Version, CardValues.Text(form, "category"), cancellationToken), cancellationToken);

    /// <summary><c>report.details</c>: the details form sent; a problem shows the form again with what was typed.</summary>
    public Task OnDetailsAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var input = DetailsOf(form);
        return MoveAsync(turn, form, input, press => reports.EnterDetailsAsync(press.Reporter, press.DraftId, press.Version, input, turn.Activity.GetTimeZone(), cancellationToken), cancellationToken);
    }

    /// <summary><c>report.edit</c>: back from the review to the details form.</summary>
    public Task OnEditAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        MoveAsync(turn, form, null, press => reports.EditAsync(press.Reporter, press.DraftId, press.Version, cancellationToken), cancellationToken);

    /// <summary><c>report.cancel</c>: the report dropped from its card.</summary>
    public Task OnCancelAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        MoveAsync(turn, form, null, press => reports.CancelAsync(press.Reporter, press.DraftId, press.Version, cancellationToken), cancellationToken);

    /// <summary>Any other <c>report.</c> button (from a card of an older version): the report as it stands.</summary>
    public Task OnOtherAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken) =>
        MoveAsync(turn, form, null, async press => new ReportOutcome(ReportOutcomeKind.Stale, await reports.FindOpenAsync(press.Reporter, cancellationToken).ConfigureAwait(false)), cancellationToken);

    /// <summary><c>report.submit</c>: the reviewed report sent, anonymously when ticked.</summary>
    public async Task OnSubmitAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        if (await LivePressAsync(turn, form, cancellationToken).ConfigureAwait(false) is { } press)
        {
            await SubmitAsync(turn, press.Reporter, press.DraftId, press.Version, CardValues.Toggle(form, "anonymous"), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The typed <c>cancel</c>.</summary>
    public async Task CancelAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var outcome = await reports.CancelAsync(UserNames.KeyOf(turn), null, null, cancellationToken).ConfigureAwait(false);
        await ForgetFilesAsync(outcome, cancellationToken).ConfigureAwait(false);
        if (outcome is { Kind: ReportOutcomeKind.Moved, Draft.CardActivityId: { } form })
        {
            await turn.TryUpdateAsync(form, CancelledCard(), cancellationToken).ConfigureAwait(false);
        }

        await turn.SendAsync(Replies.Text(outcome.Kind == ReportOutcomeKind.NoDraft ? NothingToCancel : Cancelled), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The story typed as a chat message while a report is open: it fills the story of the form in progress, exactly
    /// as typed, and that same form is updated in place (its error cleared) to ask for what is still needed.
    /// </summary>
    /// <returns>False when no report is open (the text means something else).</returns>
    public async Task<bool> TryTakeTypedStoryAsync(TurnContext turn, string story, CancellationToken cancellationToken)
    {
        var outcome = await reports.TakeStoryAsync(UserNames.KeyOf(turn), story, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == ReportOutcomeKind.NoDraft)
        {
            return false;
        }

        if (outcome.Kind == ReportOutcomeKind.Problem)
        {
            await turn.SendAsync(Replies.Text(outcome.Problem!), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var draft = outcome.Draft!;
        var card = CardFor(draft, turn);
        if (draft.CardActivityId is { } form && await turn.TryUpdateAsync(form, card, cancellationToken).ConfigureAwait(false))
        {
            await turn.SendAsync(Replies.Text(draft.Step == ReportStep.ChoosingCategory ? StoryTakenChooseCategory : StoryTaken), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await SendLiveCardAsync(turn, draft, card, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>A step of the report from its live card, then the report shown as the step left it.</summary>
    private async Task MoveAsync(TurnContext turn, JsonElement form, ReportDetailsInput? typed, Func<ReportPress, Task<ReportOutcome>> move, CancellationToken cancellationToken)
    {
        if (await LivePressAsync(turn, form, cancellationToken).ConfigureAwait(false) is { } press)
        {
            await ShowAsync(turn, await move(press).ConfigureAwait(false), typed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Who pressed a report card, and the draft and version the card shows. One live card per report: a press on a
    /// card the report has moved away from changes nothing, shows the report as it stands, and reads as null.
    /// </summary>
    private async Task<ReportPress?> LivePressAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var press = new ReportPress(UserNames.KeyOf(turn), CardValues.Text(form, "draft"), CardValues.Version(form));
        if (await reports.FindOpenAsync(press.Reporter, cancellationToken).ConfigureAwait(false) is { CardActivityId: { } live } open
            && turn.Activity.ReplyToId is { Length: > 0 } pressed && pressed != live && open.DraftId == press.DraftId)
        {
            await ShowAsync(turn, new ReportOutcome(ReportOutcomeKind.Stale, open), null, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return press;
    }

    private async Task SubmitAsync(TurnContext turn, string reporter, string? draftId, int? version, bool anonymous, CancellationToken cancellationToken)
    {
        // Not stored for an anonymous report: the draft decides, in case a second tap disagrees with the first.
        var name = await UserNames.DisplayNameAsync(turn, cancellationToken).ConfigureAwait(false) ?? "A colleague";
        var outcome = await reports.SubmitAsync(reporter, draftId, version, name, anonymous, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == ReportOutcomeKind.Filing)
        {
            outcome = await reports.FileAsync(outcome, await routing.NewCaseAsync(outcome.Incident!, turn, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Kind == ReportOutcomeKind.Submitted)
        {
            metrics.CaseOpened(outcome.Incident!.CategoryId, outcome.Incident.Severity.ToString());
            await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(composer.Submitted(outcome.Incident!))), cancellationToken).ConfigureAwait(false);
            return;
        }

        await ShowAsync(turn, outcome, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowAsync(TurnContext turn, ReportOutcome outcome, ReportDetailsInput? typed, CancellationToken cancellationToken)
    {
        await ForgetFilesAsync(outcome, cancellationToken).ConfigureAwait(false);
        Activity reply = outcome.Kind switch
        {
            ReportOutcomeKind.Moved when outcome.Draft!.Step == ReportStep.Cancelled => CancelledCard(),
            ReportOutcomeKind.Moved => CardFor(outcome.Draft!, turn),
            ReportOutcomeKind.Problem when outcome.Draft!.Step == ReportStep.EnteringDetails =>
                Replies.Card(cards.Render(composer.Details(outcome.Draft, turn.Activity.GetTimeZone(), typed, outcome.Problem))),
            ReportOutcomeKind.Problem => Replies.Text(outcome.Problem!),
            ReportOutcomeKind.Expired => Closed("Report expired", Expired),
            _ => Spent(outcome.Draft, turn),
        };

        if (reply.Attachments is null)
        {
            await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        }
        else if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
        {
            await turn.UpdateAsync(cardId, reply, cancellationToken).ConfigureAwait(false);
        }
        else if (outcome.Draft is { IsOpen: true } && outcome.Kind is ReportOutcomeKind.Moved or ReportOutcomeKind.Problem)
        {
            await SendLiveCardAsync(turn, outcome.Draft, reply, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A card pressed after its report moved on: shown as the report stands now. The live form itself (an older
    /// version of it still on screen) comes back as it is now; any other card becomes its final state, never a live one.
    /// </summary>
    private Activity Spent(ReportDraft? draft, TurnContext turn) => draft switch
    {
        { IsOpen: true } open when open.CardActivityId is null || open.CardActivityId == turn.Activity.ReplyToId => CardFor(open, turn),
        { IsOpen: true } => Closed("Report continued", "This report continues on a newer card. Carry on there, or type **report** to bring it here."),
        { Step: ReportStep.Submitting or ReportStep.Submitted } sent => Closed("Report sent",
            sent.CaseNumber is { } number ? $"It is case {number}. Type **my reports** to see where it stands." : "Type **my reports** to see where it stands."),
        { Step: ReportStep.Cancelled } => CancelledCard(),
        _ => Closed("Nothing to change", "This card is from a report that is closed. Type **report** to start a new one."),
    };

    /// <summary>Sends the draft's card as a new message, the one live card of the report: the message that showed it before becomes spent.</summary>
    private async Task SendLiveCardAsync(TurnContext turn, ReportDraft draft, Activity card, CancellationToken cancellationToken)
    {
        if (await turn.SendAsync(card, cancellationToken).ConfigureAwait(false) is { Length: > 0 } shown
            && await reports.ShownInAsync(draft.ReporterKey, draft.DraftId, shown, cancellationToken).ConfigureAwait(false) is { } older)
        {
            await turn.TryUpdateAsync(older, Closed("Report continued below", "This report continues on the newer card below."), cancellationToken).ConfigureAwait(false);
        }
    }

    private Activity CancelledCard() => Closed("Report cancelled", "Nothing was sent. Type **report** whenever you want to start again.");

    /// <summary>A report closed unsent (cancelled, expired) leaves no files behind.</summary>
    private async Task ForgetFilesAsync(ReportOutcome outcome, CancellationToken cancellationToken)
    {
        var closed = outcome.Kind == ReportOutcomeKind.Expired || (outcome.Kind == ReportOutcomeKind.Moved && outcome.Draft!.Step == ReportStep.Cancelled);
        if (closed && outcome.Draft is { EvidenceFiles.Count: > 0 } draft)
        {
            await evidence.DeleteAsync(draft.EvidenceFiles, cancellationToken).ConfigureAwait(false);
        }
    }

    private Activity CardFor(ReportDraft draft, TurnContext turn) => draft.Step switch
    {
        ReportStep.EnteringDetails => Replies.Card(cards.Render(composer.Details(draft, turn.Activity.GetTimeZone()))),
        ReportStep.Reviewing => Replies.Card(cards.Render(composer.Review(draft, turn.Activity.GetTimeZone()))),
        _ => Replies.Card(cards.Render(composer.Categories(draft))),
    };

    private Activity Closed(string title, string message) => Replies.Card(cards.Render(new ReportClosedCard(title, message)));

    private static ReportDetailsInput DetailsOf(JsonElement form) => new(
        CardValues.Text(form, "platform"),
        CardValues.Text(form, "link"),
        CardValues.Text(form, "noticedDate"),
        CardValues.Text(form, "noticedTime"),
        CardValues.Text(form, "whatHappened"),
        CardValues.Toggle(form, "stillVisible"),
        CardValues.Toggle(form, "personalData"),
        CardValues.Toggle(form, "officialAccount"),
        CardValues.Toggle(form, "mediaAttention"),
        CardValues.Text(form, "urgency"));

    private sealed record ReportPress(string Reporter, string? DraftId, int? Version);
}
