using System.Net;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>
/// Sits inside the connector's retry pipeline, so every attempt (retries included) takes a slot of the
/// process-wide <see cref="TenantRequestLimiter"/>; a 429 holds every caller, not just the one that got it.
/// Also where the caller's cancellation ends: waiting stops, but an attempt that went out runs to its answer.
/// </summary>
internal sealed class TenantRequestLimitHandler(TenantRequestLimiter limiter, IOptions<BotFrameworkOptions> options, TimeProvider time, BotFrameworkTelemetry telemetry) : DelegatingHandler
{
    /// <summary>Teams did not say how long: a second is what its own guidance starts with.</summary>
    private static readonly TimeSpan DefaultHold = TimeSpan.FromSeconds(1);

    private readonly ConnectorOptions _options = options.Value.Connector;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var caller = request.Options.TryGetValue(ConnectorClient.CallerCancellation, out var token) ? token : CancellationToken.None;
        if (!_options.LimitTenantRequests)
        {
            // Even unlimited, a caller that gave up starts no further attempt.
            caller.ThrowIfCancellationRequested();
            return Counted(await base.SendAsync(request, cancellationToken).ConfigureAwait(false));
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(caller, cancellationToken);
        using var slot = await limiter.WaitForSlotAsync(waiting.Token).ConfigureAwait(false);
        var response = Counted(await base.SendAsync(request, cancellationToken).ConfigureAwait(false));
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            limiter.Hold(RetryAfter.Read(response, time.GetUtcNow(), _options.MaxRetryDelay) ?? Min(DefaultHold, _options.MaxRetryDelay));
        }

        return response;
    }

    private HttpResponseMessage Counted(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            telemetry.Throttled();
        }

        return response;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
