using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.IntegrationTests.Http;

/// <summary>
/// Inbound authentication with real signed tokens from local issuers: each kind of bad token is refused with 401,
/// and a valid token for an activity whose serviceUrl is not trusted with 403, leaving no trace — nothing sent to
/// the connector, nothing stored. Valid Bot Framework channel tokens, and tokens from the one allowed caller, get
/// the bot's answer.
/// </summary>
public sealed class TokenMatrixTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TenantId = "99999999-8888-7777-6666-555555555555";
    private const string ChannelIssuer = "https://api.botframework.com";

    /// <summary>The one app the operator allows besides the channel (<c>Bot:AllowedCallers</c>).</summary>
    private const string AllowedCaller = "22222222-3333-4444-5555-666666666666";

    /// <summary>Any other app registration: in the bot's tenant, or another bot calling as a skill.</summary>
    private const string OtherApp = "33333333-4444-5555-6666-777777777777";

    private const string BotFrameworkTenantV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string BotFrameworkTenantV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private TestIssuer _botFramework = null!;
    private TestIssuer _entra = null!;
    private LoopbackServer _connector = null!;
    private BotApplicationFactory _bot = null!;
    private HttpClient _client = null!;
    private CapturingLoggerProvider _logs = null!;
    private SigningKey _channelKey = null!;
    private SigningKey _entraKey = null!;

    private string ServiceUrl => new Uri(_connector.BaseUrl, "amer/").AbsoluteUri;

    public async Task InitializeAsync()
    {
        _botFramework = await TestIssuer.StartAsync();
        _entra = await TestIssuer.StartAsync();
        _connector = await LoopbackServer.StartAsync();
        _channelKey = _botFramework.Publish("channel-key", "msteams", "webchat", "directline");
        _entraKey = _entra.Publish("entra-key", null);
        _logs = new CapturingLoggerProvider();
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId, // the SDK's flat keys work too
            ["MicrosoftAppPassword"] = "not-used-outbound-is-stubbed",
            ["MicrosoftAppTenantId"] = TenantId,
            ["Bot:OpenIdMetadataUrl"] = _botFramework.MetadataUrl.AbsoluteUri,
            ["Bot:EntraOpenIdMetadataUrl"] = _entra.MetadataUrl.AbsoluteUri,
            ["Bot:MetadataMinimumRefreshInterval"] = "00:00:00",
            ["Bot:TrustedServiceUrls:0"] = _connector.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:AllowedCallers:0"] = AllowedCaller,
        }, logs: _logs);
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

    [Theory]
    [InlineData(BotFrameworkTenantV2, "2.0")]
    [InlineData(BotFrameworkTenantV1, "1.0")]
    [InlineData($"https://sts.windows.net/{TenantId}/", "1.0")]
    [InlineData($"https://login.microsoftonline.com/{TenantId}/v2.0", "2.0")]
    public async Task An_entra_token_from_the_allowed_caller_is_accepted_from_each_trusted_issuer(string issuer, string version)
    {
        var response = await PostAsync("Bearer " + _entraKey.Sign(EntraClaims(issuer, version, AllowedCaller)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task An_entra_token_from_the_allowed_caller_bound_to_this_service_url_is_accepted()
    {
        var claims = EntraClaims(BotFrameworkTenantV2, "2.0", AllowedCaller);
        claims["serviceurl"] = ServiceUrl;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _entraKey.Sign(claims))).StatusCode);
    }

    [Fact]
    public async Task A_skill_call_from_the_allowed_bot_through_the_channel_issuer_is_accepted()
    {
        var claims = ChannelClaims();
        claims["ver"] = "1.0";
        claims["appid"] = AllowedCaller;
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("Bearer " + _channelKey.Sign(claims))).StatusCode);
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
        "entra token from another app of the bot's tenant (v1.0)",
        "entra token from another app of the bot's tenant (v2.0)",
        "skill-style token from another bot through the botframework.com tenant",
        "emulator-style token carrying the bot's own app id",
        "entra token that names no caller",
        "entra token of the allowed caller whose appid is in the v2.0 place",
        "entra token of the allowed caller for another app id",
        "entra token of the allowed caller with a mismatched serviceurl",
        "channel token shaped like a skill call from another bot",
        "channel token shaped like a skill call (v2.0) from another bot",
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
                ["iss"] = BotFrameworkTenantV2, ["aud"] = AppId, ["ver"] = "3.0", ["azp"] = AllowedCaller,
            }),
            "entra token for a tenant we do not trust" => _entraKey.Sign(new Dictionary<string, object>
            {
                ["iss"] = "https://sts.windows.net/00000000-0000-0000-0000-000000000bad/", ["aud"] = AppId, ["ver"] = "1.0", ["appid"] = AllowedCaller,
            }),
            "token from the wrong issuer's keys" => _entraKey.Sign(ChannelClaims()),
            "entra token from another app of the bot's tenant (v1.0)" => _entraKey.Sign(EntraClaims($"https://sts.windows.net/{TenantId}/", "1.0", OtherApp)),
            "entra token from another app of the bot's tenant (v2.0)" => _entraKey.Sign(EntraClaims($"https://login.microsoftonline.com/{TenantId}/v2.0", "2.0", OtherApp)),
            "skill-style token from another bot through the botframework.com tenant" => _entraKey.Sign(EntraClaims(BotFrameworkTenantV1, "1.0", OtherApp)),
            "emulator-style token carrying the bot's own app id" => _entraKey.Sign(EntraClaims(BotFrameworkTenantV1, "1.0", AppId)),
            "entra token that names no caller" => _entraKey.Sign(new Dictionary<string, object> { ["iss"] = BotFrameworkTenantV1, ["aud"] = AppId, ["ver"] = "1.0" }),
            "entra token of the allowed caller whose appid is in the v2.0 place" => _entraKey.Sign(new Dictionary<string, object>
            {
                ["iss"] = BotFrameworkTenantV2, ["aud"] = AppId, ["ver"] = "2.0", ["appid"] = AllowedCaller, ["azp"] = OtherApp,
            }),
            "entra token of the allowed caller for another app id" => _entraKey.Sign(new Dictionary<string, object>(EntraClaims(BotFrameworkTenantV2, "2.0", AllowedCaller)) { ["aud"] = OtherApp }),
            "entra token of the allowed caller with a mismatched serviceurl" => _entraKey.Sign(new Dictionary<string, object>(EntraClaims(BotFrameworkTenantV2, "2.0", AllowedCaller))
            {
                ["serviceurl"] = "https://smba.trafficmanager.net/amer/",
            }),
            "channel token shaped like a skill call from another bot" => _channelKey.Sign(new Dictionary<string, object>(ChannelClaims()) { ["ver"] = "1.0", ["appid"] = OtherApp }),
            "channel token shaped like a skill call (v2.0) from another bot" => _channelKey.Sign(new Dictionary<string, object>(ChannelClaims()) { ["ver"] = "2.0", ["azp"] = OtherApp }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://127.0.0.1@evil")]
    [InlineData("http://127.0.0.1.evil")]
    [InlineData("http://127.0.0.1:{port}@evil.example/amer/")]
    public async Task A_valid_token_for_an_untrusted_service_url_gets_403_changes_nothing_and_is_logged_without_the_text(string serviceUrl)
    {
        serviceUrl = serviceUrl.Replace("{port}", _connector.BaseUrl.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = await PostAsync("Bearer " + _channelKey.Sign(ChannelClaims(serviceUrl: serviceUrl)), serviceUrl);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNoSideEffectAsync();
        var log = Assert.Single(_logs.Entries, e => e.Message.Contains("is not in Bot:TrustedServiceUrls", StringComparison.Ordinal));
        Assert.Contains(serviceUrl, log.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("help", log.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    public async Task A_channel_token_for_an_activity_of_another_channel_gets_401_even_with_a_key_endorsed_for_it(string channel)
    {
        var response = await PostAsync("Bearer " + _channelKey.Sign(ChannelClaims()), channelId: channel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNoSideEffectAsync();
    }

    [Fact]
    public async Task An_allowed_caller_is_refused_too_when_the_service_url_is_not_trusted()
    {
        var response = await PostAsync("Bearer " + _entraKey.Sign(EntraClaims(BotFrameworkTenantV2, "2.0", AllowedCaller)), "https://evil.example/");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNoSideEffectAsync();
    }

    [Fact]
    public async Task A_refused_caller_is_named_in_the_log_so_the_operator_can_allow_it()
    {
        await PostAsync("Bearer " + _entraKey.Sign(EntraClaims($"https://sts.windows.net/{TenantId}/", "1.0", OtherApp)));

        Assert.Contains(_logs.Entries, e => e.Message.Contains($"caller {OtherApp} is not in Bot:AllowedCallers", StringComparison.Ordinal));
    }

    private Dictionary<string, object> EntraClaims(string issuer, string version, string caller) => new()
    {
        ["iss"] = issuer,
        ["aud"] = AppId,
        ["ver"] = version,
        [version == "2.0" ? "azp" : "appid"] = caller,
    };

    private Dictionary<string, object> ChannelClaims(string? aud = null, string? iss = null, string? serviceUrl = null) => new()
    {
        ["iss"] = iss ?? ChannelIssuer,
        ["aud"] = aud ?? AppId,
        ["serviceurl"] = serviceUrl ?? ServiceUrl,
    };

    private async Task<HttpResponseMessage> PostAsync(string authorization, string? serviceUrl = null, string channelId = "msteams")
    {
        var activity = new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId,
            serviceUrl = serviceUrl ?? ServiceUrl,
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
