using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.Incidents.Anonymity;

/// <summary>
/// Seals what links an anonymous reporter to their case (their user key, their case number) before it is
/// stored. With <see cref="AnonymityOptions.Key"/> configured that is AES-256-GCM, so whoever can read the
/// storage but not the configuration cannot follow the link; without a key the value is stored as is and
/// only the separation of tables protects it. Values sealed with a key stay readable after the key is added;
/// once the key is removed or changed they can no longer be opened.
/// </summary>
public sealed class ReporterSeal(IOptions<AnonymityOptions> options)
{
    private const string Plain = "p:";
    private const string Sealed = "g1:";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly byte[]? _key = AnonymityOptions.KeyBytes(options.Value.Key);

    public string Seal(string value)
    {
        if (_key is null)
        {
            return Plain + value;
        }

        var plain = Encoding.UTF8.GetBytes(value);
        var output = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = output.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagBytes);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceBytes, plain.Length), output.AsSpan(NonceBytes + plain.Length));
        return Sealed + Convert.ToBase64String(output);
    }

    /// <returns>The value, or null when it cannot be opened (no key, another key, damaged).</returns>
    public string? Open(string? stored)
    {
        if (stored is null)
        {
            return null;
        }

        if (stored.StartsWith(Plain, StringComparison.Ordinal))
        {
            return stored[Plain.Length..];
        }

        if (_key is null || !stored.StartsWith(Sealed, StringComparison.Ordinal))
        {
            return null;
        }

        try
        {
            var input = Convert.FromBase64String(stored[Sealed.Length..]);
            if (input.Length < NonceBytes + TagBytes)
            {
                return null;
            }

            var length = input.Length - NonceBytes - TagBytes;
            var plain = new byte[length];
            using var aes = new AesGcm(_key, TagBytes);
            aes.Decrypt(input.AsSpan(0, NonceBytes), input.AsSpan(NonceBytes, length), input.AsSpan(NonceBytes + length), plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
