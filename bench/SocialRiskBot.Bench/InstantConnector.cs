using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SocialRiskBot.Bench;

/// <summary>Plays Teams' connector: answers every activity at once with 201 and an id, and counts them.</summary>
public sealed class InstantConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _received;

    private InstantConnector(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string ServiceUrl => BaseUrl + "/amer/";

    public long Received => Interlocked.Read(ref _received);

    public static async Task<InstantConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        InstantConnector? connector = null;
        app.Run(async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (context.Request.Path.StartsWithSegments("/v1"))
            {
                return; // an OTLP export (traces, metrics) from a bot run with --otlp on: 200, not a reply
            }

            var id = Interlocked.Increment(ref connector!._received);
            context.Response.StatusCode = 201;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"m{{id}}"}""");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector = new InstantConnector(app, address.TrimEnd('/'));
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
