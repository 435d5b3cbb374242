using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// One OpenID metadata document and the keys behind its <c>jwks_uri</c>, cached. Refreshed when older than
/// the refresh interval, and on demand (an unknown <c>kid</c>) but never more often than the minimum
/// interval. If a refresh fails, the keys already held stay in use.
/// </summary>
public sealed class OpenIdMetadata(
    Uri metadataUrl,
    HttpClient http,
    TimeProvider time,
    TimeSpan refreshInterval,
    TimeSpan minimumRefreshInterval)
{
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private SigningKeys? _keys;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public Uri MetadataUrl => metadataUrl;

    /// <summary>Current keys; <paramref name="keyIdWanted"/> not among them asks for a refresh.</summary>
    public async Task<SigningKeys> GetKeysAsync(string? keyIdWanted, CancellationToken cancellationToken)
    {
        if (!RefreshDue(keyIdWanted))
        {
            return _keys!;
        }

        await _refreshLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Callers that queued behind a refresh see its result instead of fetching again.
            if (!RefreshDue(keyIdWanted))
            {
                return _keys!;
            }

            _lastAttempt = time.GetUtcNow();
            try
            {
                _keys = await FetchAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (_keys is not null && ex is HttpRequestException or JsonException or InvalidDataException or TaskCanceledException)
            {
                // Keep serving the keys we have; the next interval tries again.
            }

            return _keys;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    /// <summary>
    /// Without keys, always. Otherwise when they are older than the refresh interval or lack the wanted key —
    /// and the last attempt is at least the minimum interval ago, so neither forged key ids nor an issuer
    /// outage turn into a flood of requests.
    /// </summary>
    private bool RefreshDue(string? keyIdWanted)
    {
        var keys = _keys;
        if (keys is null)
        {
            return true;
        }

        var now = time.GetUtcNow();
        var due = now - keys.FetchedAt >= refreshInterval || (keyIdWanted is not null && !keys.Contains(keyIdWanted));
        return due && now - _lastAttempt >= minimumRefreshInterval;
    }

    private async Task<SigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        EnsureSecure(metadataUrl);
        using var metadata = await GetJsonAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        if (!metadata.RootElement.TryGetProperty("jwks_uri", out var jwksProperty)
            || !Uri.TryCreate(jwksProperty.GetString(), UriKind.Absolute, out var jwksUri))
        {
            throw new InvalidDataException($"OpenID metadata at {metadataUrl} has no valid jwks_uri.");
        }

        EnsureSecure(jwksUri);
        using var jwks = await GetJsonAsync(jwksUri, cancellationToken).ConfigureAwait(false);
        return Parse(jwks.RootElement, time.GetUtcNow());
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    internal static SigningKeys Parse(JsonElement jwks, DateTimeOffset fetchedAt)
    {
        var keys = new Dictionary<string, SecurityKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS has no keys array.");
        }

        foreach (var element in array.EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid) || !string.Equals(key.Kty, "RSA", StringComparison.Ordinal))
            {
                continue; // Only RSA keys can verify the algorithms we allow.
            }

            keys[key.Kid] = key;
            if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[key.Kid] = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
            }
        }

        return new SigningKeys(keys, endorsements, fetchedAt);
    }

    /// <summary>Keys fetched over plain HTTP could be forged on the way; only loopback (tests) is exempt.</summary>
    private static void EnsureSecure(Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
        {
            throw new InvalidDataException($"Refusing to fetch signing keys over {url.Scheme}: {url}");
        }
    }
}
