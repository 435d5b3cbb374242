using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Telemetry;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Every inbound activity starts here: processed once, its conversation remembered, then routed by type (a message
/// through the <see cref="CommandRouter"/>, an invoke to the feature that registered its name in the <see cref="RouteTable"/>).
/// This is the one error boundary of a turn: the user gets a short apology with a reference, the log gets the exception.
/// Each turn is a span (activity type, command, outcome) and counts in the turn metrics.
/// </summary>
public sealed partial class BotTurnHandler(
    InboundActivityLog inbound,
    ConversationReferenceStore references,
    InstallEvents installs,
    CommandRouter commands,
    RouteTable routes,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<BotTurnHandler> logger) : IActivityHandler
{
    internal const string Apology = "Sorry, something went wrong on my side and I couldn't finish that. Please try again in a moment.";

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var started = time.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity("bot.turn");
        span?.SetTag("bot.activity.type", activity.Type);
        var outcome = TurnOutcomes.Ok;
        try
        {
            if (activity.Id is { Length: > 0 } id && !await inbound.TryBeginAsync(activity.Conversation!.Id!, id, cancellationToken).ConfigureAwait(false))
            {
                LogDuplicate(logger, id);
                outcome = TurnOutcomes.Duplicate;
                return;
            }

            await references.RememberAsync(activity, cancellationToken).ConfigureAwait(false);
            await RouteAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = TurnOutcomes.Error;
            span?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            await ApologizeAsync(turn, ex, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            span?.SetTag("bot.outcome", outcome);
            metrics.TurnHandled(activity.Type, outcome, time.GetElapsedTime(started));
        }
    }

    private Task RouteAsync(TurnContext turn, CancellationToken cancellationToken) => turn.Activity.Type switch
    {
        ActivityTypes.Message => commands.HandleAsync(turn, cancellationToken),
        ActivityTypes.ConversationUpdate => installs.OnConversationUpdateAsync(turn, cancellationToken),
        ActivityTypes.InstallationUpdate => installs.OnInstallationUpdateAsync(turn, cancellationToken),
        ActivityTypes.Invoke when routes.Invoke(turn.Activity.Name) is { } invoke => invoke.Run(turn, cancellationToken),

        // Teams adds events over time; an unknown one is not an error.
        _ => Task.CompletedTask,
    };

    private async Task ApologizeAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        var reference = Convert.ToHexString(Guid.NewGuid().ToByteArray().AsSpan(0, 4));
        LogTurnFailed(logger, exception, reference, turn.Activity.Id, turn.Activity.Type);
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            // The invoke's feature shows the apology where the person looks (a dialog); other invokes are asked to come again later.
            turn.InvokeResponse = routes.Invoke(turn.Activity.Name) is { } invoke
                ? invoke.Failed($"{Apology} (Reference: {reference})")
                : new InvokeResponse(503);
            return;
        }

        if (!turn.Activity.IsType(ActivityTypes.Message))
        {
            return; // Nobody is waiting for an answer to an event.
        }

        try
        {
            await turn.SendAsync(Replies.Text($"{Apology} (Reference: {reference})"), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception sendFailure) when (!cancellationToken.IsCancellationRequested)
        {
            LogApologyFailed(logger, sendFailure, reference);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Activity {ActivityId} was already processed; ignoring the repeat")]
    private static partial void LogDuplicate(ILogger logger, string activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed (reference {Reference}) for activity {ActivityId} of type {ActivityType}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string reference, string? activityId, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send the apology for reference {Reference}")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string reference);
}
