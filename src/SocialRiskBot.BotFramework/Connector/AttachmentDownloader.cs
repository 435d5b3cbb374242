using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;

namespace SocialRiskBot.BotFramework.Connector;

/// <summary>
/// Fetches a file a user sent (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4) into a stream, defensively: only trusted URLs, redirects followed by hand
/// and each target checked, the bot's token on the first request only and only when the rules say so, a hard cap on
/// the bytes read, one timeout for the whole download, and the SHA-256 computed while reading. It knows no feature.
/// </summary>
public sealed class AttachmentDownloader(IHttpClientFactory httpClientFactory, IBotTokenProvider tokens)
{
    /// <summary>The named client: automatic redirects, cookies and decompression off; no logging (download URLs carry credentials).</summary>
    public const string HttpClientName = "AttachmentDownload";

    private const int BufferSize = 81920;

    /// <summary>Writes the body to <paramref name="destination"/>. On any outcome but Downloaded, what was written is to be thrown away.</summary>
    public async Task<AttachmentDownloadResult> DownloadAsync(Uri url, AttachmentDownloadRules rules, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(destination);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(rules.Timeout);
        try
        {
            using var response = await SendFollowingRedirectsAsync(url, rules, timeout.Token).ConfigureAwait(false);
            return response.Refusal ?? await ReadBodyAsync(response.Message!, rules.MaxBytes, destination, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttachmentDownloadResult(AttachmentDownloadStatus.TimedOut, 0);
        }
        catch (HttpRequestException)
        {
            return new AttachmentDownloadResult(AttachmentDownloadStatus.Failed, 0);
        }
    }

    private async Task<Answer> SendFollowingRedirectsAsync(Uri url, AttachmentDownloadRules rules, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        for (var redirects = 0; ; redirects++)
        {
            if (!IsFetchable(url) || !rules.IsTrusted(url))
            {
                return new Answer(null, new AttachmentDownloadResult(AttachmentDownloadStatus.Untrusted, 0, RefusedUrl: url));
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (redirects == 0 && rules.SendsBotToken(url)
                && await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { Length: > 0 } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode))
            {
                return response.IsSuccessStatusCode
                    ? new Answer(response, null)
                    : Refuse(response, new AttachmentDownloadResult(AttachmentDownloadStatus.Failed, 0, HttpStatus: (int)response.StatusCode));
            }

            var location = response.Headers.Location;
            if (location is null || redirects >= rules.MaxRedirects)
            {
                return Refuse(response, new AttachmentDownloadResult(AttachmentDownloadStatus.Failed, 0, HttpStatus: (int)response.StatusCode));
            }

            response.Dispose();
            url = location.IsAbsoluteUri ? location : new Uri(url, location);
        }
    }

    private static async Task<AttachmentDownloadResult> ReadBodyAsync(HttpResponseMessage response, long maxBytes, Stream destination, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return new AttachmentDownloadResult(AttachmentDownloadStatus.TooLarge, 0);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            var buffer = new byte[BufferSize];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    // A server that lies about (or leaves out) its length is cut off at the limit, not read to the end.
                    return new AttachmentDownloadResult(AttachmentDownloadStatus.TooLarge, total - read);
                }

                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            return new AttachmentDownloadResult(AttachmentDownloadStatus.Downloaded, total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }

    private static bool IsFetchable(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp) && url.UserInfo.Length == 0;

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static Answer Refuse(HttpResponseMessage response, AttachmentDownloadResult result)
    {
        response.Dispose();
        return new Answer(null, result);
    }

    /// <summary>A response to read, or the reason there is none.</summary>
    private sealed record Answer(HttpResponseMessage? Message, AttachmentDownloadResult? Refusal) : IDisposable
    {
        public void Dispose() => Message?.Dispose();
    }
}
