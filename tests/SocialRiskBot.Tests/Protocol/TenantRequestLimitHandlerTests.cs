using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Protocol;

/// <summary>The handler in the connector's pipeline: how long a 429 holds the whole app, and a caller who gave up.</summary>
public sealed class TenantRequestLimitHandlerTests
{
    private static readonly IServiceProvider Meters = MetricsRecorder.NewServices();
    private readonly BotFrameworkTelemetry _telemetry = new(Meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly BotFrameworkOptions _options = new() { Connector = { MaxRetryDelay = TimeSpan.FromSeconds(20) } };
    private int _sent;

    [Theory]
    [InlineData("3", 3)]
    [InlineData(null, 1)] // Teams named no wait: a second
    [InlineData("600", 20)] // capped by MaxRetryDelay
    public async Task A_429_holds_every_call_for_its_retry_after_in_seconds(string? retryAfter, int heldSeconds)
    {
        var limiter = new TenantRequestLimiter(_time, 50);
        var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (retryAfter is not null)
        {
            answer.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        using var response = await SendAsync(limiter, answer, CancellationToken.None);

        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(heldSeconds), limiter.HoldUntil);
    }

    [Fact]
    public async Task Each_429_counts_as_throttled_whether_or_not_the_tenant_limit_is_on()
    {
        using var meters = new MetricsRecorder(Meters);
        using (await SendAsync(new TenantRequestLimiter(_time, 50), new HttpResponseMessage(HttpStatusCode.TooManyRequests), CancellationToken.None))
        using (await SendAsync(new TenantRequestLimiter(_time, 50), new HttpResponseMessage(HttpStatusCode.OK), CancellationToken.None))
        {
            _options.Connector.LimitTenantRequests = false;
        }

        using (await SendAsync(new TenantRequestLimiter(_time, 50), new HttpResponseMessage(HttpStatusCode.TooManyRequests), CancellationToken.None))
        {
            Assert.Equal(2, meters.Sum("socialriskbot.connector.throttled"));
        }
    }

    [Fact]
    public async Task A_429_holds_every_call_until_its_retry_after_date()
    {
        var limiter = new TenantRequestLimiter(_time, 50);
        var answer = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        answer.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(7));

        using var response = await SendAsync(limiter, answer, CancellationToken.None);

        Assert.Equal(_time.GetUtcNow().AddSeconds(7), limiter.HoldUntil);
    }

    [Fact]
    public async Task Other_answers_hold_nobody()
    {
        var limiter = new TenantRequestLimiter(_time, 50);
        var answer = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        answer.Headers.TryAddWithoutValidation("Retry-After", "30");

        using var response = await SendAsync(limiter, answer, CancellationToken.None);

        Assert.True(limiter.HoldUntil < _time.GetUtcNow());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_caller_who_gave_up_starts_no_attempt_with_or_without_the_limit(bool limit)
    {
        _options.Connector.LimitTenantRequests = limit;
        var limiter = new TenantRequestLimiter(_time, 50);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SendAsync(limiter, new HttpResponseMessage(HttpStatusCode.Created), cancelled.Token));

        Assert.Equal(0, _sent);
    }

    /// <summary>As the connector client does: the caller's token rides on the request, the pipeline's own is None.</summary>
    private async Task<HttpResponseMessage> SendAsync(TenantRequestLimiter limiter, HttpResponseMessage answer, CancellationToken caller)
    {
        using var handler = new TenantRequestLimitHandler(limiter, Options.Create(_options), _time, _telemetry)
        {
            InnerHandler = new Answering(answer, () => _sent++),
        };
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities");
        request.Options.Set(ConnectorClient.CallerCancellation, caller);
        return await invoker.SendAsync(request, CancellationToken.None);
    }

    private sealed class Answering(HttpResponseMessage answer, Action sent) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent();
            return Task.FromResult(answer);
        }
    }
}
