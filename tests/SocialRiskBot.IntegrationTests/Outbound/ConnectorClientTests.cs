using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Outbound;

/// <summary>The connector client against a real loopback Kestrel server that plays Teams' Bot Connector.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Token = "outbound-token";
    private LoopbackServer _teams = null!;
    private ServiceProvider _services = null!;

    private ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    private string ServiceUrl => new Uri(_teams.BaseUrl, "amer/").AbsoluteUri;

    public async Task InitializeAsync()
    {
        _teams = await LoopbackServer.StartAsync();
        _services = BuildServices([]);
    }

    private ServiceProvider BuildServices(Dictionary<string, string?> overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "app-id",
            ["Bot:AppPassword"] = "secret",
            ["Bot:TrustedServiceUrls:0"] = _teams.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:Connector:MaxRetries"] = "3",
            ["Bot:Connector:RequestTimeout"] = "00:00:01",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddBotFramework();
        services.AddSingleton<IBotTokenProvider>(new FixedToken());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Each_operation_hits_its_documented_path_with_escaped_segments_and_the_bot_token()
    {
        const string channelThread = "19:abc@thread.tacv2;messageid=1700000000000";
        await Client.ReplyToActivityAsync(ServiceUrl, "a:1/2", "act:9", Message(), CancellationToken.None);
        await Client.SendToConversationAsync(ServiceUrl, channelThread, Message(), CancellationToken.None);
        await Client.UpdateActivityAsync(ServiceUrl, "a:1", "1:msg", Message(), CancellationToken.None);
        await Client.GetMemberAsync(ServiceUrl, "a:1", "29:user", CancellationToken.None);
        await Client.GetPagedMembersAsync(ServiceUrl, "19:team@thread.tacv2", 100, "next page/token", CancellationToken.None);

        var requests = _teams.Requests.ToArray();
        Assert.Equal(
            [
                "POST /amer/v3/conversations/a%3A1%2F2/activities/act%3A9",
                "POST /amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities",
                "PUT /amer/v3/conversations/a%3A1/activities/1%3Amsg",
                "GET /amer/v3/conversations/a%3A1/members/29%3Auser",
                "GET /amer/v3/conversations/19%3Ateam%40thread.tacv2/pagedmembers?pageSize=100&continuationToken=next%20page%2Ftoken",
            ],
            requests.Select(r => $"{r.Method} {r.PathAndQuery}"));
        Assert.All(requests, r => Assert.Equal("Bearer " + Token, r.Authorization));
    }

    [Fact]
    public async Task Creating_a_channel_thread_posts_the_first_message_and_returns_the_thread_and_its_root()
    {
        _teams.Respond = (_, _) => Task.FromResult(new LoopbackResponse(201, """{"id":"19:general@thread.tacv2;messageid=42","activityId":"42"}"""));
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Activity = Message(),
            ChannelData = JsonSerializer.SerializeToElement(new { channel = new { id = "19:general@thread.tacv2" }, tenant = new { id = "t1" } }),
        };

        var created = await Client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        Assert.Equal("19:general@thread.tacv2;messageid=42", created.Id);
        Assert.Equal("42", created.ActivityId);
        var request = Assert.Single(_teams.Requests);
        Assert.Equal("/amer/v3/conversations", request.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body);
        Assert.True(body.RootElement.GetProperty("isGroup").GetBoolean());
        Assert.Equal("19:general@thread.tacv2", body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_servers_retry_after()
    {
        _teams.Respond = (_, n) => Task.FromResult(n == 1
            ? new LoopbackResponse(429, """{"error":{"code":"TooManyRequests"}}""", new() { ["Retry-After"] = "1" })
            : new LoopbackResponse(201, """{"id":"ok"}"""));

        var response = await Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("ok", response.Id);
        var requests = _teams.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "the retry came before Retry-After elapsed");
    }

    [Fact]
    public async Task A_429_holds_every_call_of_the_app_until_its_retry_after_has_passed_not_just_the_one_that_got_it()
    {
        _teams.Respond = (_, n) => Task.FromResult(n == 1
            ? new LoopbackResponse(429, """{"error":{"code":"TooManyRequests"}}""", new() { ["Retry-After"] = "2" })
            : new LoopbackResponse(201, """{"id":"ok"}"""));
        var limiter = _services.GetRequiredService<TenantRequestLimiter>();

        var throttled = Client.SendToConversationAsync(ServiceUrl, "a:first", Message(), CancellationToken.None);
        await WaitUntilAsync(() => limiter.HoldUntil > DateTimeOffset.UtcNow);
        var others = new[]
        {
            Client.SendToConversationAsync(ServiceUrl, "a:second", Message(), CancellationToken.None),
            Client.SendToConversationAsync(ServiceUrl, "a:third", Message(), CancellationToken.None),
        };
        await Task.WhenAll([throttled, .. others]);

        var requests = _teams.Requests.ToArray();
        Assert.Equal(4, requests.Length); // the 429, its retry, and the two others
        Assert.All(requests.Skip(1), r => Assert.True(
            r.ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(1950),
            $"{r.PathAndQuery} went {(r.ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds:0} ms after the 429, inside its Retry-After"));
    }

    [Fact]
    public async Task No_second_sees_more_calls_than_the_tenant_rate_whatever_the_kind_of_call()
    {
        await using var services = BuildServices(new() { ["Bot:Connector:TenantRequestsPerSecond"] = "4" });
        var client = services.GetRequiredService<ConnectorClient>();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => i % 2 == 0
            ? (Task)client.SendToConversationAsync(ServiceUrl, $"a:{i}", Message(), CancellationToken.None)
            : client.GetMemberAsync(ServiceUrl, $"a:{i}", "29:user", CancellationToken.None)));

        var arrivals = _teams.Requests.Select(r => r.ReceivedAt).Order().ToArray();
        Assert.Equal(10, arrivals.Length);
        foreach (var t in arrivals)
        {
            // 20 ms for the two clocks' rounding: Teams' own second is the one that counts.
            Assert.True(arrivals.Count(a => a >= t && a < t + TimeSpan.FromMilliseconds(980)) <= 4, $"more than 4 calls in the second from {t:HH:mm:ss.fff}");
        }
    }

    [Fact]
    public async Task Every_retry_takes_its_own_slot_of_the_tenant_rate()
    {
        await using var services = BuildServices(new() { ["Bot:Connector:TenantRequestsPerSecond"] = "1" });
        _teams.Respond = (_, n) => Task.FromResult(n <= 2 ? new LoopbackResponse(502) : new LoopbackResponse(201, """{"id":"third-time"}"""));

        var response = await services.GetRequiredService<ConnectorClient>().SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("third-time", response.Id);
        var requests = _teams.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(980), "the first retry went without a slot");
        Assert.True(requests[2].ReceivedAt - requests[1].ReceivedAt >= TimeSpan.FromMilliseconds(980), "the second retry went without a slot");
    }

    [Fact]
    public async Task A_call_in_flight_when_the_caller_gives_up_still_returns_its_answer()
    {
        // This one is about cancellation, not timeouts: room for a cold start on a busy machine.
        await using var services = BuildServices(new() { ["Bot:Connector:RequestTimeout"] = "00:00:30" });
        using var givingUp = new CancellationTokenSource();
        _teams.Respond = async (_, _) =>
        {
            await givingUp.CancelAsync();
            await Task.Delay(200);
            return new LoopbackResponse(201, """{"id":"landed"}""");
        };

        var response = await services.GetRequiredService<ConnectorClient>().SendToConversationAsync(ServiceUrl, "a:1", Message(), givingUp.Token);

        Assert.Equal("landed", response.Id);
    }

    [Fact]
    public async Task A_caller_who_gives_up_during_the_backoff_gets_no_further_attempt()
    {
        using var givingUp = new CancellationTokenSource();
        _teams.Respond = async (_, _) =>
        {
            await givingUp.CancelAsync();
            return new LoopbackResponse(502);
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), givingUp.Token));

        Assert.Single(_teams.Requests);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Transient_failures_are_retried_until_they_pass(int status)
    {
        _teams.Respond = (_, n) => Task.FromResult(n <= 2 ? new LoopbackResponse(status) : new LoopbackResponse(201, """{"id":"third-time"}"""));

        var response = await Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None);

        Assert.Equal("third-time", response.Id);
        Assert.Equal(3, _teams.Requests.Count);
    }

    [Fact]
    public async Task A_failure_that_persists_surfaces_with_its_status_after_the_retries()
    {
        _teams.Respond = (_, _) => Task.FromResult(new LoopbackResponse(502, """{"error":{"code":"BadGateway","message":"upstream"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.Equal("BadGateway", error.ErrorCode);
        Assert.Equal(4, _teams.Requests.Count); // the first try and three retries
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_not_retried_and_is_reported_unreachable()
    {
        _teams.Respond = (_, _) => Task.FromResult(new LoopbackResponse(403, """{"error":{"code":"Forbidden","message":"The bot is blocked"},"subCode":"MessageWritesBlocked"}""", new() { ["X-Correlating-OperationId"] = "op-7" }));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.True(error.IsRecipientUnreachable);
        Assert.Equal("op-7", error.OperationId);
        Assert.Single(_teams.Requests);
    }

    [Fact]
    public async Task Server_errors_that_are_not_transient_are_not_retried()
    {
        _teams.Respond = (_, _) => Task.FromResult(new LoopbackResponse(500, """{"error":{"code":"ServiceError"}}"""));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Single(_teams.Requests);
    }

    [Fact]
    public async Task A_connector_that_does_not_answer_in_time_is_a_clear_failure_not_a_hang()
    {
        _teams.Respond = async (_, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            return new LoopbackResponse(201, """{"id":"late"}""");
        };
        var services = _services;
        var client = services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(ServiceUrl, "a:1", Message(), CancellationToken.None));

        Assert.Null(error.Status);
        Assert.Contains("did not answer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_is_never_sent_to_a_service_url_off_the_trusted_list()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client.SendToConversationAsync("http://localhost:1/not-trusted/", "a:1", Message(), CancellationToken.None));

        Assert.Equal("UntrustedServiceUrl", error.ErrorCode);
        Assert.Empty(_teams.Requests);
    }

    private static Activity Message() => new() { Type = ActivityTypes.Message, Text = "hello" };

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never came true");
            await Task.Delay(10);
        }
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _teams.DisposeAsync();
    }

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(Token);
    }
}
