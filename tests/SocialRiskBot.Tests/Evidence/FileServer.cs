using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialRiskBot.Tests.Evidence;

/// <summary>
/// A real Kestrel server on a loopback address (127.0.0.1, 127.0.0.2, … are all this machine): stands in for
/// SharePoint or the Bot Framework attachment service. It answers each path as the test says and records every
/// request with its Authorization header.
/// </summary>
public sealed class FileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new();

    private FileServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public ConcurrentQueue<(string Path, string Authorization)> Requests { get; } = new();

    public static async Task<FileServer> StartAsync(string address)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var server = new FileServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var bound = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(bound.TrimEnd('/') + "/");
        return server;
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>Serves <paramref name="content"/> at <paramref name="path"/>, with its length announced or (chunked) not.</summary>
    public string Serve(string path, byte[] content, string contentType = "application/octet-stream", bool announceLength = true)
    {
        _routes[path] = async context =>
        {
            context.Response.ContentType = contentType;
            if (announceLength)
            {
                context.Response.ContentLength = content.Length;
            }

            for (var offset = 0; offset < content.Length; offset += 65536)
            {
                await context.Response.Body.WriteAsync(content.AsMemory(offset, Math.Min(65536, content.Length - offset)), context.RequestAborted);
            }
        };
        return Url(path);
    }

    public string Redirect(string path, string location, int status = 302)
    {
        _routes[path] = context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        };
        return Url(path);
    }

    public int RequestsTo(string path) => Requests.Count(r => r.Path == path);

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!.TrimStart('/');
        Requests.Enqueue((path, context.Request.Headers.Authorization.ToString()));
        if (_routes.TryGetValue(path, out var respond))
        {
            await respond(context);
        }
        else
        {
            context.Response.StatusCode = 404;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
