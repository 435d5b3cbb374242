using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Answers a message: the help card, or the feature it names. Text that is no command, and that no open flow
/// is waiting for, is a question for the FAQ. Features not built yet say so honestly.
/// </summary>
public sealed class CommandRouter(
    CardRenderer cards,
    SettingsConversation settings,
    ReportConversation reports,
    CaseConversation cases,
    FaqConversation faq,
    FaqGapsConversation gaps)
{
    internal const string NotUnderstood =
        "Sorry, I didn't understand that. Type **help** to see what I can do.";

    internal const string TrainingComingSoon =
        "Training is coming soon: 5-minute quizzes and quick refreshers are being written right now. Type **help** to see what I can do today.";


    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var command = BotCommand.From(turn.Activity);
        switch (command.Kind)
        {
            case BotCommandKind.Settings:
                await settings.ShowAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.SaveSettings when command.Payload is { } form:
                await settings.SaveAsync(turn, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Report:
                await reports.StartAsync(turn, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.ReportCard when command.Payload is { } form:
                await reports.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.CaseCard when command.Payload is { } form:
                await cases.OnCardAsync(turn, command.Argument, form, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.MyReports:
                await reports.ListAsync(turn, cancellationToken).ConfigureAwait(false);
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
            case BotCommandKind.Ask:
                await faq.AskAsync(turn, command.Argument, cancellationToken).ConfigureAwait(false);
                return;
            case BotCommandKind.Unknown when command.Argument.Length > 0:
                if (!await reports.TryTakeTypedDetailsAsync(turn, command.Argument, cancellationToken).ConfigureAwait(false))
                {
                    await faq.AskAsync(turn, command.Argument, cancellationToken).ConfigureAwait(false);
                }

                return;
        }

        var reply = command.Kind switch
        {
            BotCommandKind.Help => Replies.Card(cards.Render(new HelpCard())),
            BotCommandKind.Train => Replies.Text(TrainingComingSoon),
            _ => Replies.Text(NotUnderstood),
        };
        await turn.SendAsync(reply, cancellationToken).ConfigureAwait(false);
    }
}
