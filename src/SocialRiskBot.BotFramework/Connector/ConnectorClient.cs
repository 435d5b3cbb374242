using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference). Each call goes to the conversation's serviceUrl, only if that URL
/// is trusted; sends are paced per conversation; retries, timeouts and the tenant's rate live in the
/// HttpClient's pipeline.
/// </summary>
/// <remarks>
/// Cancelling a call stops its waiting (for its conversation's turn, a tenant slot, another attempt) but not
/// an attempt already on its way: cutting that off would not unsend it, only lose the answer that says it
/// landed. Such an attempt ends with its answer or its per-attempt timeout, and a success is returned.
/// </remarks>
public sealed class ConnectorClient(
    IHttpClientFactory httpClientFactory,
    IBotTokenProvider tokens,
    TrustedServiceUrls trustedUrls,
    ConversationPacer pacer,
    Microsoft.Extensions.Options.IOptions<BotFrameworkOptions> options)
{
    public const string HttpClientName = "BotConnector";

    /// <summary>The caller's token, for the pipeline's handlers: it stops waiting, never an attempt in flight.</summary>
    internal static readonly HttpRequestOptionsKey<CancellationToken> CallerCancellation = new("SocialRiskBot.Connector.CallerCancellation");

    private readonly bool _pace = options.Value.Connector.PaceSends;

    /// <summary><c>POST v3/conversations/{conversationId}/activities/{activityId}</c></summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    /// <summary><c>POST v3/conversations/{conversationId}/activities</c></summary>
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Post, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    /// <summary><c>PUT v3/conversations/{conversationId}/activities/{activityId}</c>: replaces the message, e.g. a card with its answered state.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendPacedAsync(HttpMethod.Put, serviceUrl, conversationId, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    /// <summary>
    /// <c>POST v3/conversations</c>: a 1:1 chat with a user, or (with <c>isGroup</c> and <c>channelData.channel.id</c>)
    /// a new thread in a Teams channel whose first message is <c>parameters.Activity</c>.
    /// </summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        // Pace by the thread the call lands in: the channel, or the user for a 1:1.
        var paceKey = ChannelIdOf(parameters) ?? parameters.Members?.FirstOrDefault()?.Id ?? "create";
        if (_pace)
        {
            await pacer.WaitTurnAsync(paceKey, cancellationToken).ConfigureAwait(false);
        }

        var content = JsonContent.Create(parameters, BotJson.Wire.ConversationParameters);
        return await CallAsync(HttpMethod.Post, serviceUrl, "v3/conversations", content, BotJson.Wire.ConversationResourceResponse, cancellationToken).ConfigureAwait(false)
            ?? new ConversationResourceResponse();
    }

    /// <summary><c>GET v3/conversations/{conversationId}/members/{userId}</c>; Teams accepts a 29: id, a UPN or an Entra object id.</summary>
    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await CallAsync(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}", null, BotJson.Wire.ChannelAccount, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary><c>GET v3/conversations/{conversationId}/pagedmembers</c>; Teams clamps the page size to 50..500.</summary>
    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        if (pageSize is not null)
        {
            query.Add($"pageSize={pageSize.Value}");
        }

        if (!string.IsNullOrEmpty(continuationToken))
        {
            query.Add($"continuationToken={Uri.EscapeDataString(continuationToken)}");
        }

        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers" + (query.Count > 0 ? "?" + string.Join('&', query) : string.Empty);
        return await CallAsync(HttpMethod.Get, serviceUrl, path, null, BotJson.Wire.PagedMembersResult, cancellationToken).ConfigureAwait(false)
            ?? new PagedMembersResult();
    }

    private async Task<ResourceResponse> SendPacedAsync(HttpMethod method, string serviceUrl, string conversationId, string path, Activity activity, CancellationToken cancellationToken)
    {
        if (_pace)
        {
            await pacer.WaitTurnAsync(ThreadOf(conversationId), cancellationToken).ConfigureAwait(false);
        }

        var content = JsonContent.Create(activity, BotJson.Wire.Activity);
        return await CallAsync(method, serviceUrl, path, content, BotJson.Wire.ResourceResponse, cancellationToken).ConfigureAwait(false)
            ?? new ResourceResponse();
    }

    private async Task<T?> CallAsync<T>(HttpMethod method, string serviceUrl, string path, HttpContent? content, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
        where T : class
    {
        var url = Resolve(serviceUrl, path);
        using var request = new HttpRequestMessage(method, url) { Content = content };
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Options.Set(CallerCancellation, cancellationToken);
        HttpResponseMessage response;
        try
        {
            // Not the caller's token: the pipeline's timeouts bound the attempt, the handlers honour the caller.
            response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException(null, null, $"The connector at {url.GetLeftPart(UriPartial.Authority)} did not answer: {ex.GetType().Name}.", innerException: ex);
        }

        using (response)
        {
            // The body is buffered by now; reading it must not lose an answer to a late cancellation.
            if (!response.IsSuccessStatusCode)
            {
                throw await ToExceptionAsync(response, CancellationToken.None).ConfigureAwait(false);
            }

            if (response.Content.Headers.ContentLength == 0 || response.StatusCode == HttpStatusCode.NoContent)
            {
                return null;
            }

            try
            {
                return await response.Content.ReadFromJsonAsync(responseType, CancellationToken.None).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                return null; // A success with an odd body is still a success; the id is only a convenience.
            }
        }
    }

    private Uri Resolve(string serviceUrl, string path)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri) || !trustedUrls.IsTrusted(baseUri))
        {
            throw new ConnectorException(null, "UntrustedServiceUrl", $"The service URL '{serviceUrl}' is not on the trusted list; nothing was sent.");
        }

        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri.AbsoluteUri : baseUri.AbsoluteUri + "/";
        return new Uri(root + path, UriKind.Absolute);
    }

    private static async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var operationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        string? code = null;
        string? message = null;
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            (code, message) = ReadError(body);
        }
        catch (Exception ex) when (ex is JsonException or HttpRequestException)
        {
            // The status alone still tells the caller what happened.
        }

        var status = (int)response.StatusCode;
        return new ConnectorException(
            response.StatusCode,
            code,
            $"The connector answered {status} {response.ReasonPhrase}{(code is null ? string.Empty : $" ({code})")}{(message is null ? string.Empty : $": {message}")}",
            operationId);
    }

    /// <summary>Teams puts a specific reason in a <c>subCode</c> (sometimes beside, sometimes inside <c>error</c>); prefer it to the generic code.</summary>
    internal static (string? Code, string? Message) ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : root;
        var code = StringOf(error, "subCode") ?? StringOf(root, "subCode") ?? StringOf(error, "code");
        return (code, StringOf(error, "message"));
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Conversation ids contain ':', ';', '@' and '=': escape each path segment.</summary>
    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    /// <summary>A reply thread <c>19:…;messageid=…</c> shares its channel's limits.</summary>
    private static string ThreadOf(string conversationId)
    {
        var semicolon = conversationId.IndexOf(';', StringComparison.Ordinal);
        return semicolon < 0 ? conversationId : conversationId[..semicolon];
    }

    private static string? ChannelIdOf(ConversationParameters parameters)
    {
        if (parameters.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        return data.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
            ? StringOf(channel, "id")
            : null;
    }
}
