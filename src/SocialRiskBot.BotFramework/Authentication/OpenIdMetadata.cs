using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// One OpenID metadata document and the keys behind its <c>jwks_uri</c>, cached. Refreshed when older than
/// the refresh interval, and on demand (an unknown <c>kid</c>), one fetch at a time: callers that arrive while a
/// fetch is under way share it. A fetch starts no sooner than the minimum interval after the last one, whether
/// that one succeeded or not, so neither forged key ids nor an issuer outage turn into a flood of requests; until
/// keys have been fetched once, callers in that interval get the last failure again. If a refresh fails, the keys
/// already held stay in use.
/// </summary>
public sealed class OpenIdMetadata(
    Uri metadataUrl,
    HttpClient http,
    TimeProvider time,
    TimeSpan refreshInterval,
    TimeSpan minimumRefreshInterval)
{
    private readonly Lock _gate = new();
    private volatile SigningKeys? _keys;
    private Task<SigningKeys>? _fetch;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public Uri MetadataUrl => metadataUrl;

    /// <summary>Current keys; <paramref name="keyIdWanted"/> not among them asks for a refresh.</summary>
    /// <exception cref="HttpRequestException">and the other fetch failures, when no keys have been fetched yet.</exception>
    public Task<SigningKeys> GetKeysAsync(string? keyIdWanted, CancellationToken cancellationToken)
    {
        Task<SigningKeys> fetch;
        lock (_gate)
        {
            var keys = _keys;
            if (_fetch is { IsCompleted: false } running)
            {
                if (keys is not null && !Stale(keys, keyIdWanted))
                {
                    return Task.FromResult(keys);
                }

                fetch = running;
            }
            else if (RefreshDue(keys, keyIdWanted))
            {
                _lastAttempt = time.GetUtcNow();
                fetch = _fetch = Task.Run(FetchAndKeepAsync); // on the pool, not under the lock
            }
            else
            {
                // Keys we hold, or (none fetched yet, within the minimum interval) the last attempt's failure.
                return keys is not null ? Task.FromResult(keys) : _fetch!;
            }
        }

        // The shared fetch runs to its end even if this caller stops waiting.
        return fetch.WaitAsync(cancellationToken);
    }

    private bool Stale(SigningKeys keys, string? keyIdWanted) =>
        time.GetUtcNow() - keys.FetchedAt >= refreshInterval || (keyIdWanted is not null && !keys.Contains(keyIdWanted));

    /// <summary>Without keys, or with stale ones or without the wanted key — once the minimum interval since the last attempt has passed.</summary>
    private bool RefreshDue(SigningKeys? keys, string? keyIdWanted) =>
        (keys is null || Stale(keys, keyIdWanted)) && time.GetUtcNow() - _lastAttempt >= minimumRefreshInterval;

    private async Task<SigningKeys> FetchAndKeepAsync()
    {
        try
        {
            var keys = await FetchAsync(CancellationToken.None).ConfigureAwait(false);
            _keys = keys;
            return keys;
        }
        catch (Exception ex) when (_keys is { } held && ex is HttpRequestException or JsonException or InvalidDataException or TaskCanceledException)
        {
            // Keep serving the keys we have; the next interval tries again.
            return held;
        }
    }

    private async Task<SigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        EnsureSecure(metadataUrl);
        using var metadata = await GetJsonAsync(metadataUrl, cancellationToken).ConfigureAwait(false);
        if (metadata.RootElement.ValueKind != JsonValueKind.Object
            || !metadata.RootElement.TryGetProperty("jwks_uri", out var jwksProperty)
            || jwksProperty.ValueKind != JsonValueKind.String
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
        if (jwks.ValueKind != JsonValueKind.Object || !jwks.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The JWKS has no keys array.");
        }

        foreach (var element in array.EnumerateArray())
        {
            // Only RSA keys can verify the algorithms we allow; a key the library cannot read verifies nothing.
            if (ReadKey(element) is not { Kid.Length: > 0 } key || !string.Equals(key.Kty, "RSA", StringComparison.Ordinal))
            {
                continue;
            }

            keys[key.Kid] = key;
            if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[key.Kid] = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
            }
        }

        return new SigningKeys(keys, endorsements, fetchedAt);
    }

    private static JsonWebKey? ReadKey(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return new JsonWebKey(element.GetRawText());
        }
        catch (ArgumentException)
        {
            return null;
        }
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
