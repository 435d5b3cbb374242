using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Authentication;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.BotFramework.Hosting;

/// <summary>
/// The HTTP side of <c>POST /api/messages</c>: size limit, parsing, authentication (401, or 503 when the signing
/// keys cannot be fetched), the activity's serviceUrl on the trusted list (403), the turn, and the answer — 200
/// empty, the invoke response, or the buffered <c>expectReplies</c>. Nothing is stored before the turn starts.
/// </summary>
public sealed partial class BotRequestProcessor(
    InboundTokenValidator validator,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorClient connector,
    IActivityHandler handler,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotRequestProcessor> logger)
{
    private readonly int _maxBytes = options.Value.MaxActivityBytes;

    public async Task<IResult> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await ActivityBody.ReadAsync(request, _maxBytes, cancellationToken).ConfigureAwait(false);
        if (body.TooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var activity = ActivityBody.Parse(body.Bytes, out var problem);
        if (activity is null)
        {
            LogRejected(logger, problem!);
            return Results.BadRequest(new { error = problem });
        }

        var auth = await validator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            LogUnauthenticated(logger, activity.Id, auth.FailureReason!);
            return auth.IssuerUnavailable
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : Results.Unauthorized();
        }

        // A valid token does not make any serviceUrl safe: the reference stored from this activity is where replies,
        // and the bot's token, would go later.
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !trustedServiceUrls.IsTrusted(serviceUrl))
        {
            LogUntrustedServiceUrl(logger, activity.Id, activity.Type, activity.ChannelId, activity.ServiceUrl);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var turn = new TurnContext(activity, auth.Identity!, connector);
        var isInvoke = activity.IsType(ActivityTypes.Invoke);
        try
        {
            await handler.OnTurnAsync(turn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The application has its own error boundary; this is the last line. The channel must not retry.
            LogTurnFailed(logger, ex, activity.Id, activity.Type);
            return isInvoke ? Results.StatusCode(StatusCodes.Status500InternalServerError) : Results.Ok();
        }

        if (isInvoke)
        {
            return turn.InvokeResponse is { } invoke
                ? new InvokeResult(invoke)
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (turn.BufferedReplies is { } replies)
        {
            return Results.Json(new ExpectedReplies { Activities = [.. replies] }, BotJson.Wire.ExpectedReplies);
        }

        return Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected an activity: {Problem}")]
    private static partial void LogRejected(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unauthenticated activity {ActivityId}: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, string? activityId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused activity {ActivityId} of type {ActivityType} from channel {ChannelId}: serviceUrl {ServiceUrl} is not in Bot:TrustedServiceUrls")]
    private static partial void LogUntrustedServiceUrl(ILogger logger, string? activityId, string? activityType, string? channelId, string? serviceUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed for activity {ActivityId} of type {ActivityType}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityId, string? activityType);

    /// <summary>Writes an invoke response: its status, and its body as JSON when there is one.</summary>
    private sealed class InvokeResult(InvokeResponse response) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = response.Status;
            if (response.Body is { ValueKind: not JsonValueKind.Undefined } body)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await using var writer = new Utf8JsonWriter(httpContext.Response.Body);
                body.WriteTo(writer);
                await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
            }
        }
    }
}
