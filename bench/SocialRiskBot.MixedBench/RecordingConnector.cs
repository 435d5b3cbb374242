using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialRiskBot.MixedBench;

/// <summary>
/// Plays Teams' connector on loopback: answers every call at once, and keeps what the bot sent to each
/// conversation until that conversation's simulated user reads it — the user then answers the cards it got,
/// as a Teams client would. Case cards posted as channel threads wait in a queue for the responders.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private const string Root = "/amer/v3/conversations";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Delivered>> _inboxes = new(StringComparer.Ordinal);
    private long _messages;
    private long _ids;

    private RecordingConnector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = string.Empty;

    public string ServiceUrl => BaseUrl + "/amer/";

    /// <summary>New case cards, in the order the bot's outbox delivered them.</summary>
    public ConcurrentQueue<CaseThread> NewCases { get; } = new();

    public long Received => Interlocked.Read(ref _messages);

    public static async Task<RecordingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new RecordingConnector(app);
        app.Run(connector.AnswerAsync);
        await app.StartAsync();
        connector.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return connector;
    }

    /// <summary>Takes everything sent to the conversation since the last call.</summary>
    public List<Delivered> Drain(string conversationId)
    {
        var taken = new List<Delivered>();
        if (_inboxes.TryGetValue(conversationId, out var inbox))
        {
            while (inbox.TryDequeue(out var item))
            {
                taken.Add(item);
            }
        }

        return taken;
    }

    /// <summary>Stops keeping a conversation's messages (a case thread nobody will read again).</summary>
    public void Forget(string conversationId) => _inboxes.TryRemove(conversationId, out _);

    private async Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var (status, answer) = context.Request.Method switch
        {
            "GET" when path.Contains("/members/", StringComparison.Ordinal) => (200, Member(path)),
            "POST" when path == Root => (201, NewConversation(body)),
            "POST" or "PUT" when path.StartsWith(Root + "/", StringComparison.Ordinal) => Activity(context.Request.Method, path, body),
            _ => (404, """{"error":{"code":"NotFound"}}"""),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }

    /// <summary><c>POST {conversation}/activities[/{replyTo}]</c> or <c>PUT {conversation}/activities/{id}</c>.</summary>
    private (int, string) Activity(string method, string path, string body)
    {
        var rest = path[(Root.Length + 1)..];
        var at = rest.IndexOf("/activities", StringComparison.Ordinal);
        var conversationId = rest[..at];
        var id = method == "PUT" ? rest[(at + "/activities/".Length)..] : NextId();
        Keep(new Delivered(method, conversationId, id, body));
        return (method == "PUT" ? 200 : 201, $$"""{"id":"{{id}}"}""");
    }

    /// <summary><c>POST v3/conversations</c>: a new thread in a channel (case cards, notices) or a 1:1 chat.</summary>
    private string NewConversation(string body)
    {
        using var parameters = JsonDocument.Parse(body);
        var root = parameters.RootElement;
        var id = NextId();
        var channel = root.TryGetProperty("channelData", out var data) && data.TryGetProperty("channel", out var c) ? c.GetProperty("id").GetString() : null;
        var activity = root.TryGetProperty("activity", out var a) ? a.GetRawText() : "{}";
        if (channel is null)
        {
            var member = root.GetProperty("members")[0].GetProperty("id").GetString();
            return $$"""{"id":"a:personal-{{member![3..]}}"}""";
        }

        var thread = $"{channel};messageid={id}";
        if (activity.Contains("\"case.acknowledge\"", StringComparison.Ordinal))
        {
            NewCases.Enqueue(new CaseThread(thread, id, activity));
        }

        Interlocked.Increment(ref _messages);
        return $$"""{"id":"{{thread}}","activityId":"{{id}}"}""";
    }

    private static string Member(string path)
    {
        var user = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
        return JsonSerializer.Serialize(new { id = user, name = "Bench Responder" });
    }

    /// <summary>Kept for personal chats and case threads only: what the simulated users will read.</summary>
    private void Keep(Delivered delivered)
    {
        Interlocked.Increment(ref _messages);
        if (delivered.ConversationId.StartsWith("a:", StringComparison.Ordinal) || _inboxes.ContainsKey(delivered.ConversationId))
        {
            _inboxes.GetOrAdd(delivered.ConversationId, _ => new ConcurrentQueue<Delivered>()).Enqueue(delivered);
        }
    }

    /// <summary>Starts keeping a case thread's messages, once a responder has taken the case.</summary>
    public void Watch(string conversationId) => _inboxes.TryAdd(conversationId, new ConcurrentQueue<Delivered>());

    private string NextId() => "m" + Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
