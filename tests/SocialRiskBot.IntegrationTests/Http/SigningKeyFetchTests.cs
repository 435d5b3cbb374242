using System.Net;
using System.Text;
using System.Text.Json;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Http;

/// <summary>
/// Forged tokens cannot make the bot hammer the issuer: before any keys are held, a burst of tokens with unknown
/// key ids shares one fetch, and during an outage one fetch per minimum refresh interval (5 minutes) is all a
/// flood costs; the channel gets 503 and retries.
/// </summary>
public sealed class SigningKeyFetchTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const int Burst = 20;

    private TestIssuer _issuer = null!;
    private LoopbackServer _connector = null!;
    private BotApplicationFactory _bot = null!;
    private HttpClient _client = null!;

    private string ServiceUrl => new Uri(_connector.BaseUrl, "amer/").AbsoluteUri;

    public async Task InitializeAsync()
    {
        _issuer = await TestIssuer.StartAsync();
        _issuer.Publish("channel-key", "msteams");
        _connector = await LoopbackServer.StartAsync();
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AppPassword"] = "not-used-outbound-is-stubbed",
            ["Bot:OpenIdMetadataUrl"] = _issuer.MetadataUrl.AbsoluteUri,
            ["Bot:EntraOpenIdMetadataUrl"] = _issuer.MetadataUrl.AbsoluteUri,
            ["Bot:TrustedServiceUrls:0"] = _connector.BaseUrl.GetLeftPart(UriPartial.Authority),
        });
        _client = _bot.CreateClient();
    }

    [Fact]
    public async Task A_burst_of_tokens_with_unknown_key_ids_before_any_keys_are_held_costs_one_fetch()
    {
        var statuses = await PostBurstAsync();

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(1, _issuer.MetadataRequests);
        Assert.Equal(1, _issuer.KeyRequests);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task During_an_issuer_outage_a_flood_of_tokens_gets_503_and_costs_one_fetch_per_interval()
    {
        _issuer.Down = true;

        var burst = await PostBurstAsync();
        var later = await PostBurstAsync();

        Assert.All(burst.Concat(later), status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.Equal(1, _issuer.MetadataRequests);
        Assert.Empty(_connector.Requests);
    }

    private async Task<HttpStatusCode[]> PostBurstAsync()
    {
        var tokens = Enumerable.Range(0, Burst).Select(i => TestIssuer.Unpublished($"forged-{Guid.NewGuid():N}").Sign(new Dictionary<string, object>
        {
            ["iss"] = "https://api.botframework.com",
            ["aud"] = AppId,
            ["serviceurl"] = ServiceUrl,
        })).ToList();
        var responses = await Task.WhenAll(tokens.Select(PostAsync));
        return [.. responses.Select(r => r.StatusCode)];
    }

    private Task<HttpResponseMessage> PostAsync(string token)
    {
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId = "msteams",
            serviceUrl = ServiceUrl,
            text = "help",
            from = new { id = "29:alex", aadObjectId = "aad-alex" },
            recipient = new { id = "28:" + AppId },
            conversation = new { id = "a:personal-alex", conversationType = "personal" },
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return _client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }
}
