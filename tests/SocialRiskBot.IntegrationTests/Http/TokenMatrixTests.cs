using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.IntegrationTests.Http;

/// <summary>
/// Brief §B with real signed tokens: each kind of bad token is refused with 401 and leaves no trace — nothing
/// sent to the connector, nothing stored. Valid Bot Framework and Entra tokens get the bot's answer.
/// </summary>
public sealed class TokenMatrixTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "99999999-8888-7777-6666-555555555555";
    private const string ChannelIssuer = "https://api.botframework.com";

    private TestIssuer _botFramework = null!;
    private TestIssuer _entra = null!;
    private LoopbackServer _connector = null!;
    private BotApplicationFactory _bot = null!;
    private HttpClient _client = null!;
    private SigningKey _channelKey = null!;
    private SigningKey _entraKey = null!;

    private string ServiceUrl => new Uri(_connector.BaseUrl, "amer/").AbsoluteUri;

    public async Task InitializeAsync()
    {
        _botFramework = await TestIssuer.StartAsync();
        _entra = await TestIssuer.StartAsync();
        _connector = await LoopbackServer.StartAsync();
        _channelKey = _botFramework.Publish("channel-key", "msteams", "webchat");
        _entraKey = _entra.Publish("entra-key", null);
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId, // the SDK's flat keys work too
            ["MicrosoftAppPassword"] = "not-used-outbound-is-stubbed",
            ["MicrosoftAppTenantId"] = TenantId,
            ["Bot:OpenIdMetadataUrl"] = _botFramework.MetadataUrl.AbsoluteUri,
            ["Bot:EntraOpenIdMetadataUrl"] = _entra.MetadataUrl.AbsoluteUri,
            ["Bot:MetadataMinimumRefreshInterval"] = "00:00:00",
            ["Bot:TrustedServiceUrls:0"] = _connector.BaseUrl.GetLeftPart(UriPartial.Authority),
        });
        _client = _bot.CreateClient();
    }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_bot_answers_through_the_connector_with_its_own_token()
    {
        var response = await PostAsync("Bearer " + _channelKey.Sign(ChannelClaims()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(_connector.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("Bearer " + BotApplicationFactory.OutboundToken, sent.Authorization);
        Assert.Contains("Here's what I can do", sent.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task The_other_allowed_rsa_algorithms_are_accepted(string algorithm)
    {
        var response = await PostAsync("Bearer " + _channelKey.Sign(ChannelClaims(), algorithm));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_that_expired_within_the_five_minute_skew_is_still_accepted()
    {
        var token = _channelKey.Sign(ChannelClaims(), notBefore: DateTime.UtcNow.AddHours(-1), expires: DateTime.UtcNow.AddMinutes(-3));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + token)).StatusCode);
    }

    [Fact]
    public async Task An_entra_issued_channel_token_is_accepted()
    {
        var claims = new Dictionary<string, object>
        {
            ["iss"] = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
            ["aud"] = AppId,
            ["ver"] = "2.0",
            ["azp"] = "botframework-caller",
        };
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _entraKey.Sign(claims))).StatusCode);
    }

    [Fact]
    public async Task A_single_tenant_issuer_of_the_configured_tenant_is_accepted()
    {
        var claims = new Dictionary<string, object>
        {
            ["iss"] = $"https://sts.windows.net/{TenantId}/",
            ["aud"] = AppId,
            ["ver"] = "1.0",
            ["appid"] = "botframework-caller",
        };
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _entraKey.Sign(claims))).StatusCode);
    }

    [Fact]
    public async Task A_key_rotated_in_after_startup_is_fetched_when_a_token_names_it()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _channelKey.Sign(ChannelClaims()))).StatusCode);
        var rotated = _botFramework.Publish("rotated-key", "msteams");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + rotated.Sign(ChannelClaims()))).StatusCode);
    }

    public static TheoryData<string> RefusedTokens() =>
    [
        "expired",
        "not yet valid",
        "wrong audience",
        "wrong issuer",
        "alg none",
        "HS256 with the public key as secret",
        "unknown key",
        "forged key reusing a published kid",
        "key without the channel endorsement",
        "key with no endorsements at all",
        "serviceurl claim mismatch",
        "serviceurl claim missing",
        "entra token with an unknown version",
        "entra token for a tenant we do not trust",
        "token from the wrong issuer's keys",
    ];

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_bad_token_gets_401_and_changes_nothing(string kind)
    {
        var response = await PostAsync("Bearer " + BadToken(kind));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoSideEffectAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("bearer abc.def.ghi")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b")]
    [InlineData("Bearer  two  spaces")]
    public async Task A_missing_or_malformed_authorization_header_gets_401_and_changes_nothing(string header)
    {
        var response = await PostAsync(header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoSideEffectAsync();
    }

    private string BadToken(string kind)
    {
        var notEndorsed = _botFramework.Publish("webchat-only", "webchat");
        var noEndorsements = _botFramework.Publish("bare-key", null);
        return kind switch
        {
            "expired" => _channelKey.Sign(ChannelClaims(), notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-6)),
            "not yet valid" => _channelKey.Sign(ChannelClaims(), notBefore: DateTime.UtcNow.AddMinutes(6), expires: DateTime.UtcNow.AddHours(1)),
            "wrong audience" => _channelKey.Sign(ChannelClaims(aud: "another-bot")),
            "wrong issuer" => _channelKey.Sign(ChannelClaims(iss: "https://api.botframework.example")),
            "alg none" => _channelKey.Unsigned(ChannelClaims()),
            "HS256 with the public key as secret" => _channelKey.SignHs256WithPublicKey(ChannelClaims()),
            "unknown key" => TestIssuer.Unpublished("never-published").Sign(ChannelClaims()),
            "forged key reusing a published kid" => TestIssuer.Unpublished("channel-key").Sign(ChannelClaims()),
            "key without the channel endorsement" => notEndorsed.Sign(ChannelClaims()),
            "key with no endorsements at all" => noEndorsements.Sign(ChannelClaims()),
            "serviceurl claim mismatch" => _channelKey.Sign(ChannelClaims(serviceUrl: "https://smba.trafficmanager.net/amer/")),
            "serviceurl claim missing" => _channelKey.Sign(new Dictionary<string, object> { ["iss"] = ChannelIssuer, ["aud"] = AppId }),
            "entra token with an unknown version" => _entraKey.Sign(new Dictionary<string, object>
            {
                ["iss"] = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", ["aud"] = AppId, ["ver"] = "3.0", ["azp"] = "x",
            }),
            "entra token for a tenant we do not trust" => _entraKey.Sign(new Dictionary<string, object>
            {
                ["iss"] = "https://sts.windows.net/00000000-0000-0000-0000-000000000bad/", ["aud"] = AppId, ["ver"] = "1.0", ["appid"] = "x",
            }),
            "token from the wrong issuer's keys" => _entraKey.Sign(ChannelClaims()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private Dictionary<string, object> ChannelClaims(string? aud = null, string? iss = null, string? serviceUrl = null) => new()
    {
        ["iss"] = iss ?? ChannelIssuer,
        ["aud"] = aud ?? AppId,
        ["serviceurl"] = serviceUrl ?? ServiceUrl,
    };

    private async Task<HttpResponseMessage> PostAsync(string authorization)
    {
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId = "msteams",
            serviceUrl = ServiceUrl,
            text = "help",
            from = new { id = "29:alex", name = "Alex Wilber", aadObjectId = "aad-alex" },
            recipient = new { id = "28:" + AppId, name = "SocialRiskBot" },
            conversation = new { id = "a:personal-alex", conversationType = "personal", tenantId = TenantId },
            channelData = new { tenant = new { id = TenantId } },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await _client.SendAsync(request);
    }

    private async Task AssertNoSideEffectAsync()
    {
        Assert.Empty(_connector.Requests);
        var store = _bot.Services.GetRequiredService<ITableStore>();
        foreach (var (table, partition) in new[] { ("InboundActivities", "a:personal-alex"), ("ConversationReferences", "user") })
        {
            var rows = (await store.GetTableAsync(table, CancellationToken.None)).QueryAsync(partition, null, null, CancellationToken.None);
            Assert.Empty(await rows.ToListAsync());
        }
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        await _entra.DisposeAsync();
        await _botFramework.DisposeAsync();
    }
}
