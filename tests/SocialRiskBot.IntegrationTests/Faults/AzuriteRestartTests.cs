using System.Net;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Faults;

/// <summary>
/// The bot on Azure Table Storage (a real Azurite) while Azurite goes down and comes back — empty, as an
/// emulator restarted in memory does, so the bot must also create its tables again: meanwhile each message gets
/// a short apology and a 200, never a 500; afterwards the same bot process answers normally, without a restart.
/// </summary>
public sealed class AzuriteRestartTests : IAsyncLifetime
{
    private readonly string _work = Directory.CreateTempSubdirectory("srb-azurite-restart-").FullName;
    private readonly int _port = AzuriteFixture.FreePort();
    private AzuriteProcess _azurite = null!;
    private LoopbackServer _connector = null!;
    private BotApplicationFactory _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await StartAzuriteAsync();
        _connector = await LoopbackServer.StartAsync();
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = AzuriteFixture.TableConnectionStringFor(_port),
            ["Bot:TrustedServiceUrls:0"] = _connector.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:AllowUnauthenticated"] = "true", // no app id, outside Development
        }, stubOutboundToken: false);
        _client = _bot.CreateClient();
    }

    [Fact]
    public async Task While_Azurite_is_down_people_are_told_to_try_again_and_once_it_is_back_the_same_process_answers()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("help")).StatusCode);
        Assert.Contains("Here's what I can do", LastReply(), StringComparison.Ordinal);

        await _azurite.DisposeAsync();
        var during = await PostAsync("help");

        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Contains("Please try again in a moment", LastReply(), StringComparison.Ordinal);

        await StartAzuriteAsync();
        var after = await PostAsync("help");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("Here's what I can do", LastReply(), StringComparison.Ordinal);
    }

    private async Task StartAzuriteAsync()
    {
        var azurite = AzuriteFixture.LocateAzurite(RepositoryRoot.Find());
        _azurite = AzuriteProcess.Start(Path.Combine(azurite, "table", "main.js"), _work, "--tableHost", "127.0.0.1", "--tablePort", _port);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _azurite.WaitForPortAsync(_port, timeout.Token);
    }

    private string LastReply() => _connector.Requests.Last().Body;

    private Task<HttpResponseMessage> PostAsync(string text) =>
        TeamsMessages.PostAsync(_client, TeamsMessages.Personal(new Uri(_connector.BaseUrl, "_connector").AbsoluteUri, text));

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _azurite.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}
