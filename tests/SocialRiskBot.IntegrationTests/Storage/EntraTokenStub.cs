using System.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>
/// Stands in for a managed identity: hands out unsigned tokens shaped like Entra's for Azure Storage (issuer
/// sts.windows.net, audience https://storage.azure.com, valid until 2100), which Azurite's basic OAuth accepts,
/// and records the scopes it was asked for. Can be told to fail as an identity that is not attached fails.
/// </summary>
public sealed class EntraTokenStub : TokenCredential
{
    private static readonly DateTimeOffset Expiry = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly List<string> scopes = [];

    public string? Failure { get; init; }

    /// <summary>The token's audience; by default the resource of the scope asked for (https://storage.azure.com).</summary>
    public string? Audience { get; init; }

    /// <summary>Called when a token is asked for, before it is handed out (or refused).</summary>
    public Action? OnRequest { get; init; }

    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (scopes)
            {
                return [.. scopes];
            }
        }
    }

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (scopes)
        {
            scopes.AddRange(requestContext.Scopes);
        }

        OnRequest?.Invoke();
        cancellationToken.ThrowIfCancellationRequested();
        return Failure is { } failure
            ? throw new AuthenticationFailedException(failure)
            : new AccessToken(UnsignedToken(Audience ?? requestContext.Scopes.FirstOrDefault()?.Replace("/.default", string.Empty, StringComparison.Ordinal)), Expiry);
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    private static string UnsignedToken(string? audience)
    {
        var header = new { alg = "none", typ = "JWT" };
        var payload = new
        {
            aud = audience ?? "https://storage.azure.com",
            iss = "https://sts.windows.net/00000000-0000-4000-8000-00000000000a/",
            iat = 0,
            nbf = 0,
            exp = Expiry.ToUnixTimeSeconds(),
            oid = "00000000-0000-4000-8000-00000000000b",
        };
        return $"{Encode(header)}.{Encode(payload)}.c2lnbmF0dXJl";
    }

    private static string Encode(object part) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(part))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
