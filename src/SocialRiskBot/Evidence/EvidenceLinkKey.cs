using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Evidence;

/// <summary>
/// The HMAC key of the evidence links: <c>Evidence:LinkKey</c> when configured; otherwise a random key made once and
/// kept in the <c>Secrets</c> table. It is written with an Add, so when two instances make one at the same time only
/// one is kept and both read it back: a link made by one instance opens on any other, and after a restart.
/// Read once per process, then cached.
/// </summary>
public sealed class EvidenceLinkKey(IOptions<EvidenceOptions> options, ITableStore store)
{
    private const string TableName = "Secrets";
    private const string Partition = "evidence";
    private const string Row = "link-key";
    private const string KeyProperty = "Key";
    private const int GeneratedKeyBytes = 32;

    private static readonly RowCodec<StoredKey> Codec = new(
        key => new Dictionary<string, object?> { [KeyProperty] = key.Bytes },
        row => row.Bytes(KeyProperty) is { } bytes ? new StoredKey(bytes) : null);

    private readonly RowTable<StoredKey> _secrets = new(store, TableName, Codec);
    private byte[]? _key;

    public async ValueTask<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _key) is { } cached)
        {
            return cached;
        }

        var key = options.Value.LinkKey is { Length: > 0 } configured
            ? Decode(configured) ?? throw new InvalidOperationException("Evidence:LinkKey is not base64.")
            : await LoadOrCreateAsync(cancellationToken).ConfigureAwait(false);
        return Interlocked.CompareExchange(ref _key, key, null) ?? key;
    }

    /// <returns>The key's bytes, or null when the text is not base64.</returns>
    public static byte[]? Decode(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        if (await ReadAsync(cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return stored;
        }

        var created = RandomNumberGenerator.GetBytes(GeneratedKeyBytes);
        if (await _secrets.TryAddAsync(Partition, Row, new StoredKey(created), cancellationToken).ConfigureAwait(false))
        {
            return created;
        }

        // Another instance got there first: its key is the one.
        return await ReadAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The evidence link key was written by another instance but cannot be read.");
    }

    private async Task<byte[]?> ReadAsync(CancellationToken cancellationToken) =>
        (await _secrets.GetAsync(Partition, Row, cancellationToken).ConfigureAwait(false))?.Value.Bytes;

    /// <summary>The generated key as kept in its row.</summary>
    private sealed record StoredKey(byte[] Bytes);
}
