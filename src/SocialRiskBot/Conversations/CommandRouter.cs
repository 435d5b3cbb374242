using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Answers a message through the <see cref="RouteTable"/>, in this order: its files, then the command or card action it
/// names, then text that names none goes to a flow waiting for typed text, else it is a question; with no taker,
/// the bot says it didn't understand.
/// </summary>
public sealed class CommandRouter(RouteTable routes, BotMetrics metrics)
{
    internal const string NotUnderstood =
        "Sorry, I didn't understand that. Type **help** to see what I can do.";

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (routes.Attachments is { } attachments && await attachments(turn, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var match = routes.Match(turn.Activity);
        System.Diagnostics.Activity.Current?.SetTag("bot.command", match.Metric);
        metrics.Command(match.Metric);
        if (match.Run is { } run)
        {
            await run(turn, cancellationToken).ConfigureAwait(false);
            return;
        }

        await OnFreeTextAsync(turn, match.Text!, cancellationToken).ConfigureAwait(false);
    }

    private async Task OnFreeTextAsync(TurnContext turn, FreeText text, CancellationToken cancellationToken)
    {
        if (text.Text.Length > 0)
        {
            if (routes.OpenFlow is { } openFlow && await openFlow(turn, text, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (routes.Question is { } question)
            {
                await question(turn, text, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        await turn.SendAsync(Replies.Text(NotUnderstood), cancellationToken).ConfigureAwait(false);
    }
}
