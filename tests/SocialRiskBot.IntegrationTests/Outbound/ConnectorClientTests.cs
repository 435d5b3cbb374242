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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = "app-id",
            ["Bot:AppPassword"] = "secret",
            ["Bot:TrustedServiceUrls:0"] = _teams.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:Connector:MaxRetries"] = "3",
            ["Bot:Connector:RequestTimeout"] = "00:00:01",
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddBotFramework();
        services.AddSingleton<IBotTokenProvider>(new FixedToken());
        _services = services.BuildServiceProvider();
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
