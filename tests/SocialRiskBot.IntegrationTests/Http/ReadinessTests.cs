using System.Net;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Http;

public sealed class ReadinessTests
{
    [Fact]
    public async Task When_the_database_cannot_be_opened_readyz_says_503_while_healthz_still_answers()
    {
        // A database "folder" that is a file: SQLite cannot create or open anything there.
        var blocker = Path.GetTempFileName();
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(blocker, "bot.db"),
            ["Bot:AllowUnauthenticated"] = "true", // no app id, outside Development
        }, stubOutboundToken: false);
        using var client = bot.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("storage unavailable", await ready.Content.ReadAsStringAsync());
        File.Delete(blocker);
    }

    [Fact]
    public async Task With_an_app_id_readyz_waits_for_the_channel_signing_keys()
    {
        var down = await LoopbackServer.StartAsync();
        down.Respond = (_, _) => Task.FromResult(new LoopbackResponse(503));
        await using var issuer = await TestIssuer.StartAsync();
        issuer.Publish("channel-key", "msteams");

        await using (var bot = WithMetadata(down.BaseUrl))
        {
            using var client = bot.CreateClient();
            var ready = await client.GetAsync("/readyz");
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "signing keys unavailable"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        }

        await using (var bot = WithMetadata(issuer.MetadataUrl))
        {
            using var client = bot.CreateClient();
            var ready = await TeamsMessages.UntilReadyAsync(client); // only the FAQ index may be building, never the keys

            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }

        await down.DisposeAsync();
    }

    private static BotApplicationFactory WithMetadata(Uri metadata) => new(new Dictionary<string, string?>
    {
        ["Bot:AppId"] = "11111111-2222-3333-4444-555555555555",
        ["Bot:AppPassword"] = "not-used",
        ["Bot:OpenIdMetadataUrl"] = metadata.AbsoluteUri,
    });
}
