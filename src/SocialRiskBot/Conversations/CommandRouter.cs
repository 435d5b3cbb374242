using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Faq.Teams;
using SocialRiskBot.Incidents.Teams;
using SocialRiskBot.Profiles.Teams;
using SocialRiskBot.Telemetry;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Answers a message: the help card, or the feature it names. Text that is no command, and that no open flow
/// is waiting for, is a question for the FAQ.
/// </summary>
public sealed class CommandRouter(
    CardRenderer cards,
    SettingsConversation settings,
    ReportConversation reports,
    MyReportsConversation myReports,
    CaseConversation cases,
    RelayConversation relay,
    EvidenceConversation evidence,
    FaqConversation faq,
    FaqGapsConversation gaps,
    TrainingConversation training,
    TrainingAdminConversation trainingAdmin,
    IncidentsAdminConversation incidentsAdmin,
    RateLimitGate limits,
    BotMetrics metrics)
{
    internal const string NotUnderstood =
        "Sorry, I didn't understand that. Type **help** to see what I can do.";


    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await evidence.TryTakeAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var command = BotCommand.From(turn.Activity);
        var name = command.Kind.ToString(); // a kind, never the text or the card's values
        System.Diagnostics.Activity.Current?.SetTag("bot.command", name);
        metrics.Command(name);
        switch (command.Kind)
        {
            case BotCommandKind.ReportCard when command.Argument == "files" && command.Payload is { } form:
                await evidence.ChooseCaseAsync(turn, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Settings:
                await settings.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.SaveSettings when command.Payload is { } form:
                await settings.SaveAsync(turn, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Report when command.Argument.Length > 0 && command.Payload is null:
                await limits.StartReportAsync(turn, (t, ct) => reports.StartAsync(t, TypedStory.After(t.Activity.TextWithoutMentions(), ChatCommands.Report), ct), cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Report:
                await limits.StartReportAsync(turn, reports.StartAsync, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.ReportCard when command.Argument is "adddetails" or "notfixed" && command.Payload is { } form:
                await myReports.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.ReportCard when command.Payload is { } form:
                await reports.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.CaseCard when command.Payload is { } form:
                await cases.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.RelayCard when command.Payload is { } form:
                await relay.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.MyReports:
                await myReports.ListAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Cancel:
                await reports.CancelAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.FaqCard when command.Payload is { } form:
                await faq.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Topics:
                await faq.ShowTopicsAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.FaqGaps:
                await gaps.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Train:
                await training.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.TrainCard when command.Argument == "assign" && command.Payload is { } form:
                await trainingAdmin.OnAssignCardAsync(turn, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.TrainCard when command.Payload is { } form:
                await training.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Refresh:
                await training.RefreshAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.StopReminders or BotCommandKind.StartReminders:
                await training.SetRemindersAsync(turn, command.Kind == BotCommandKind.StartReminders, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Assign:
                await trainingAdmin.AssignAsync(turn, $"assign {command.Argument}".Trim(), cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.TrainingReport:
                await trainingAdmin.ReportAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.IncidentsReport:
                await incidentsAdmin.ReportAsync(turn, command.Argument, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Ask:
                await limits.AskAsync(turn, command.Argument, faq.AskAsync, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Unknown when command.Argument.Length > 0:
                // The story as typed, its closing "." or "!" included: the command parse trims those.
                if (!await reports.TryTakeTypedStoryAsync(turn, turn.Activity.TextWithoutMentions().Trim(), cancellationToken).ConfigureAwait(false))
                {
                    await limits.AskAsync(turn, command.Argument, faq.AskAsync, cancellationToken).ConfigureAwait(false);
                }

                return;
        }

        var reply = command.Kind switch
        {
            BotCommandKind.Help => Replies.Card(cards.Render(new HelpCard())),
            _ => Replies.Text(NotUnderstood),
        };
        await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
