using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port. It records every request and answers with whatever
/// the test's <see cref="Respond"/> says: a stand-in for Teams' connector or for an OpenID issuer.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _received;

    private LoopbackServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The answer to a request (and its number, from 1, unique under concurrency); by default 201 with a fresh activity id.</summary>
    public Func<RecordedRequest, int, Task<LoopbackResponse>> Respond { get; set; } = DefaultResponse;

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context => await server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    private static int _ids;

    private static Task<LoopbackResponse> DefaultResponse(RecordedRequest request, int count) =>
        Task.FromResult(new LoopbackResponse(201, $$"""{"id":"loopback-{{Interlocked.Increment(ref _ids)}}"}"""));

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, // as sent, not decoded
            context.Request.Headers.Authorization.ToString(),
            body,
            DateTimeOffset.UtcNow);
        var number = Interlocked.Increment(ref _received);
        Requests.Enqueue(recorded);
        var response = await Respond(recorded, number);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? [])
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, string Authorization, string Body, DateTimeOffset ReceivedAt);

public sealed record LoopbackResponse(int Status, string? Body = null, Dictionary<string, string>? Headers = null);
