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
}
