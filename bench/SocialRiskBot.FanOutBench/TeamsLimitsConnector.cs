using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialRiskBot.FanOutBench;

/// <summary>
/// Plays Teams' connector and enforces its limits (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit) as Teams would: per thread 7 requests in any
/// second, per app per tenant the configured rate in any second, counted as requests arrive. Over either it
/// answers 429 with Retry-After. Recipients who blocked the bot get 403 ConversationBlockedByUser. Every other
/// send is answered 201 after the configured latency, and counted per recipient.
/// </summary>
public sealed class TeamsLimitsConnector : IAsyncDisposable
{
    private const int PerThreadPerSecond = 7;
    private static readonly long OneSecond = Stopwatch.Frequency;

    private readonly WebApplication _app;
    private readonly int _tenantPerSecond;
    private readonly TimeSpan _latency;
    private readonly HashSet<string> _blocked;
    private readonly Lock _gate = new();
    private readonly Queue<long> _tenantArrivals = new();
    private readonly Dictionary<string, Queue<long>> _threadArrivals = new(StringComparer.Ordinal);
    private long _throttled;
    private long _refused;
    private long _delivered;

    private TeamsLimitsConnector(WebApplication app, string baseUrl, int tenantPerSecond, TimeSpan latency, HashSet<string> blocked)
    {
        _app = app;
        BaseUrl = baseUrl;
        _tenantPerSecond = tenantPerSecond;
        _latency = latency;
        _blocked = blocked;
    }

    public string BaseUrl { get; }

    public string ServiceUrl => BaseUrl + "/amer/";

    /// <summary>201 answers per conversation: more than one for a recipient is a duplicate.</summary>
    public ConcurrentDictionary<string, int> DeliveredTo { get; } = new(StringComparer.Ordinal);

    public long Delivered => Interlocked.Read(ref _delivered);

    public long Throttled => Interlocked.Read(ref _throttled);

    public long Refused => Interlocked.Read(ref _refused);

    public static async Task<TeamsLimitsConnector> StartAsync(int tenantPerSecond, TimeSpan latency, IEnumerable<string> blockedConversations)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        TeamsLimitsConnector? connector = null;
        app.MapPost("/amer/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) =>
            connector!.HandleSendAsync(conversationId, context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector = new TeamsLimitsConnector(app, address.TrimEnd('/'), tenantPerSecond, latency, [.. blockedConversations]);
        return connector;
    }

    private async Task HandleSendAsync(string conversationId, HttpContext context)
    {
        await context.Request.Body.CopyToAsync(Stream.Null);
        if (!Admit(conversationId, Stopwatch.GetTimestamp()))
        {
            Interlocked.Increment(ref _throttled);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        await Task.Delay(_latency);
        context.Response.ContentType = "application/json";
        if (_blocked.Contains(conversationId))
        {
            Interlocked.Increment(ref _refused);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""");
            return;
        }

        var sent = Interlocked.Increment(ref _delivered);
        DeliveredTo.AddOrUpdate(conversationId, 1, (_, count) => count + 1);
        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsync($$"""{"id":"1:fanout-{{sent}}"}""");
    }

    /// <summary>Sliding one-second windows over arrivals; a refused request does not count against the app.</summary>
    private bool Admit(string conversationId, long now)
    {
        lock (_gate)
        {
            Expire(_tenantArrivals, now);
            if (!_threadArrivals.TryGetValue(conversationId, out var thread))
            {
                thread = new Queue<long>();
                _threadArrivals[conversationId] = thread;
            }

            Expire(thread, now);
            if (_tenantArrivals.Count >= _tenantPerSecond || thread.Count >= PerThreadPerSecond)
            {
                return false;
            }

            _tenantArrivals.Enqueue(now);
            thread.Enqueue(now);
            return true;
        }
    }

    private static void Expire(Queue<long> arrivals, long now)
    {
        while (arrivals.Count > 0 && arrivals.Peek() <= now - OneSecond)
        {
            arrivals.Dequeue();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
