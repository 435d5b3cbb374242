using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Http;

/// <summary>
/// Outside Development the bot never runs without an app id by accident: it refuses to start, naming the
/// settings, unless the operator switches unauthenticated requests on, which it then says at startup and on
/// <c>/healthz</c>.
/// </summary>
public sealed class UnauthenticatedStartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-start-").FullName;

    [Fact]
    public async Task Serving_in_production_without_an_app_id_stops_at_startup_with_a_clear_message()
    {
        var (exitCode, output) = await BotExecutable.RunAsync(_folder, new Dictionary<string, string>(), "--urls", "http://127.0.0.1:0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Bot:AppId is empty in the 'Production' environment", output, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_switch_production_starts_warns_at_startup_says_so_on_healthz_and_takes_requests_without_a_token()
    {
        await using var connector = await LoopbackServer.StartAsync();
        var logs = new CapturingLoggerProvider();
        await using var bot = new BotApplicationFactory(
            new Dictionary<string, string?>
            {
                ["Bot:AllowUnauthenticated"] = "true",
                ["Bot:TrustedServiceUrls:0"] = connector.BaseUrl.GetLeftPart(UriPartial.Authority),
            },
            stubOutboundToken: false,
            environment: "Production",
            logs: logs);
        using var client = bot.CreateClient();

        var health = await client.GetStringAsync("/healthz");
        var message = await client.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(new
        {
            type = "message",
            id = "m1",
            channelId = "msteams",
            serviceUrl = new Uri(connector.BaseUrl, "amer/").AbsoluteUri,
            text = "help",
            from = new { id = "29:alex" },
            conversation = new { id = "a:personal-alex", conversationType = "personal" },
        }), Encoding.UTF8, "application/json"));

        Assert.StartsWith("ok\n", health, StringComparison.Ordinal);
        Assert.Contains("UNAUTHENTICATED", health, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", health, StringComparison.Ordinal);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.StartsWith("UNAUTHENTICATED", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
