using System.Net;
using System.Text;
using System.Text.Json;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Http;

/// <summary>
/// The HTTP contract of <c>/api/messages</c> on the real host without an app id, switched on with
/// <c>Bot:AllowUnauthenticated</c> (unsigned requests are accepted, as from the Agents Playground).
/// </summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private LoopbackServer _connector = null!;
    private BotApplicationFactory _bot = null!;
    private HttpClient _client = null!;

    private string ServiceUrl => new Uri(_connector.BaseUrl, "_connector").AbsoluteUri;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackServer.StartAsync();
        _bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Bot:TrustedServiceUrls:0"] = _connector.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:AllowUnauthenticated"] = "true", // no app id, outside Development
            ["Bot:MaxActivityBytes"] = "65536",
        }, stubOutboundToken: false);
        _client = _bot.CreateClient();
    }

    [Fact]
    public async Task A_message_is_acknowledged_with_an_empty_200_and_the_reply_goes_to_the_connector()
    {
        var response = await PostAsync(Message("help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var sent = Assert.Single(_connector.Requests);
        Assert.StartsWith("/_connector/v3/conversations/a%3Apersonal-alex/activities/", sent.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(string.Empty, sent.Authorization); // no app id: no token is sent anywhere
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_in_the_body_and_sends_nothing_to_the_connector()
    {
        var activity = Message("help");
        activity["deliveryMode"] = "expectReplies";
        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Contains("Here's what I can do", reply.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_handle_gets_501()
    {
        var activity = Message(null);
        activity["type"] = "invoke";
        activity["name"] = "some/futureInvoke";
        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_activity_types_and_fields_are_accepted_with_200_and_no_reply()
    {
        var activity = Message(null);
        activity["type"] = "somethingTeamsAddsNextYear";
        activity["brandNewField"] = new Dictionary<string, object> { ["nested"] = true };
        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"type":"message","text":5}""")]
    public async Task A_body_that_is_not_an_activity_gets_400(string body)
    {
        var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    public async Task An_activity_without_conversation_or_service_url_gets_400(string missing)
    {
        var activity = Message("help");
        activity.Remove(missing);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(activity)).StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_is_not_processed()
    {
        var response = await PostAsync(Message(new string('x', 70_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_also_gets_413()
    {
        var json = JsonSerializer.Serialize(Message(new string('x', 70_000)));
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await _client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task In_local_development_a_request_that_carries_a_token_is_still_validated()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(Message("help")), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJ4In0.");

        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(request)).StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _client.GetAsync("/api/messages")).StatusCode);
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_answered_once()
    {
        var activity = Message("help");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(activity)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(activity)).StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_service_url_off_the_trusted_list_gets_403_and_is_never_called()
    {
        var activity = Message("help");
        activity["serviceUrl"] = "https://evil.example/";
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(activity)).StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task When_the_connector_fails_the_channel_still_gets_200()
    {
        _connector.Respond = (_, _) => Task.FromResult(new LoopbackResponse(500, """{"error":{"code":"ServiceError","message":"boom"}}"""));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Message("help"))).StatusCode);
    }

    [Fact]
    public async Task Health_says_that_tokens_are_not_required_and_readiness_comes_once_the_faq_vectors_are_built()
    {
        var health = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(
            "ok\nUNAUTHENTICATED: /api/messages accepts requests without a token (Bot:AppId is empty; Bot:AllowUnauthenticated=true)\n",
            await health.Content.ReadAsStringAsync());
        var ready = await TeamsMessages.UntilReadyAsync(_client);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", await ready.Content.ReadAsStringAsync());
    }

    private Dictionary<string, object?> Message(string? text) => TeamsMessages.Personal(ServiceUrl, text);

    private Task<HttpResponseMessage> PostAsync(Dictionary<string, object?> activity) => TeamsMessages.PostAsync(_client, activity);

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
