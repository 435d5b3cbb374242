using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Tests.Harness;

/// <summary>Stands in for the Bot Connector at the HTTP handler seam: records each call and answers 201 with a fresh id.</summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private int _nextId;

    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>The roster: display names by user id, served by <c>GET …/members/{userId}</c>.</summary>
    public ConcurrentDictionary<string, string> Members { get; } = new();

    /// <summary>Conversation ids Teams refuses to write to, as when the user blocked or uninstalled the bot (403).</summary>
    public ConcurrentDictionary<string, bool> Blocked { get; } = new();

    /// <summary>When set, answers each request it returns a task for (a 5xx, a hang, a refused connection) instead of Teams; null lets it through.</summary>
    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>?>? Fault { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Fault?.Invoke(request, cancellationToken) is { } faulted)
        {
            return await faulted;
        }

        if (Blocked.Keys.Any(c => request.RequestUri!.AbsolutePath.Contains(Uri.EscapeDataString(c), StringComparison.Ordinal)))
        {
            return new HttpResponseMessage(HttpStatusCode.Forbidden)
            {
                Content = new StringContent("""{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""", System.Text.Encoding.UTF8, "application/json"),
            };
        }

        if (request.Method == HttpMethod.Get)
        {
            return Member(Uri.UnescapeDataString(request.RequestUri!.Segments[^1]));
        }

        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var activity = string.IsNullOrEmpty(body) ? null : JsonSerializer.Deserialize(body, BotJson.Wire.Activity);
        var thread = string.IsNullOrEmpty(body) ? null
            : JsonDocument.Parse(body).RootElement.TryGetProperty("activity", out var first) ? first.Deserialize(BotJson.Wire.Activity) : null;
        Calls.Enqueue(new ConnectorCall(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), activity) { ThreadActivity = thread });
        var id = $"bot-msg-{Interlocked.Increment(ref _nextId)}";
        return new HttpResponseMessage(HttpStatusCode.Created)
        {
            Content = new StringContent($$"""{"id":"{{id}}"}""", System.Text.Encoding.UTF8, "application/json"),
        };
    }

    private HttpResponseMessage Member(string userId) => Members.TryGetValue(userId, out var name)
        ? new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(JsonSerializer.Serialize(new ChannelAccount { Id = userId, Name = name }, BotJson.Wire.ChannelAccount), System.Text.Encoding.UTF8, "application/json"),
        }
        : new HttpResponseMessage(HttpStatusCode.NotFound);
}

/// <param name="Activity">The body read as an activity (for a new conversation: its parameters, channelData included).</param>
public sealed record ConnectorCall(HttpMethod Method, Uri Uri, string? Authorization, Activity? Activity)
{
    /// <summary>For a new conversation (a channel thread), the first message it starts with.</summary>
    public Activity? ThreadActivity { get; init; }
}
