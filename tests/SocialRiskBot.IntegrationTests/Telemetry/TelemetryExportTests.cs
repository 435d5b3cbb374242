using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Telemetry;

/// <summary>
/// Export is off unless configured. With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, the real host sends its traces to
/// that OTLP receiver (here a loopback server): the turn span arrives, and none of what the person typed does.
/// </summary>
public sealed class TelemetryExportTests : IAsyncLifetime
{
    private const string Typed = "how do I report the Quetzalcoatl account";

    private LoopbackServer _connector = null!;
    private LoopbackServer _receiver = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackServer.StartAsync();
        _receiver = await LoopbackServer.StartAsync();
        _receiver.Respond = (_, _) => Task.FromResult(new LoopbackResponse(200, null));
    }

    [Fact]
    public async Task Nothing_is_exported_by_default()
    {
        await using var bot = Bot([]);
        using var client = bot.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "help")).StatusCode);

        Assert.Null(bot.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task With_an_OTLP_endpoint_the_turn_span_reaches_the_receiver_without_the_message_text()
    {
        await using (var bot = Bot(new()
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = _receiver.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        }))
        {
            using var client = bot.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, "help")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, Typed)).StatusCode);
            Assert.True(bot.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000), "the exporter flushed");
        }

        var traces = _receiver.Requests.Where(r => r.PathAndQuery == "/v1/traces").Select(r => r.Body).ToList();
        Assert.NotEmpty(traces);
        Assert.Contains(traces, body => body.Contains("bot.turn", StringComparison.Ordinal) && body.Contains("socialriskbot", StringComparison.Ordinal));
        Assert.DoesNotContain(traces, body => body.Contains("Quetzalcoatl", StringComparison.Ordinal));
    }

    private BotApplicationFactory Bot(Dictionary<string, string?> settings)
    {
        settings["Bot:TrustedServiceUrls:0"] = _connector.BaseUrl.GetLeftPart(UriPartial.Authority);
        settings["Bot:AllowUnauthenticated"] = "true"; // no app id, outside Development
        return new BotApplicationFactory(settings);
    }

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string text) =>
        TeamsMessages.PostAsync(client, TeamsMessages.Personal(new Uri(_connector.BaseUrl, "_connector").AbsoluteUri, text));

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
