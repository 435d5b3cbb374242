using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// A local OpenID issuer: real RSA keys, a metadata document and a JWKS (with Bot Framework endorsements)
/// served by a <see cref="LoopbackServer"/>, and real signed tokens.
/// </summary>
public sealed class TestIssuer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly Dictionary<string, (RSA Key, string[]? Endorsements)> _published = [];

    private TestIssuer(LoopbackServer server)
    {
        _server = server;
        _server.Respond = (request, _) => Task.FromResult(Serve(request));
    }

    public Uri MetadataUrl => new(_server.BaseUrl, ".well-known/openid-configuration");

    public int KeyRequests => _server.Requests.Count(r => r.PathAndQuery.StartsWith("/keys", StringComparison.Ordinal));

    /// <summary>Requests for the metadata document: one per attempt to fetch the keys.</summary>
    public int MetadataRequests => _server.Requests.Count(r => r.PathAndQuery.StartsWith("/.well-known/openid-configuration", StringComparison.Ordinal));

    /// <summary>While true, the issuer answers 503 to everything, as in an outage.</summary>
    public bool Down { get; set; }

    public static async Task<TestIssuer> StartAsync() => new(await LoopbackServer.StartAsync());

    /// <summary>Publishes a new key in the JWKS; <paramref name="endorsements"/> null = no endorsements entry.</summary>
    public SigningKey Publish(string kid, params string[]? endorsements)
    {
        var key = RSA.Create(2048);
        lock (_published)
        {
            _published[kid] = (key, endorsements);
        }

        return new SigningKey(kid, key);
    }

    public void Withdraw(string kid)
    {
        lock (_published)
        {
            _published.Remove(kid);
        }
    }

    public static SigningKey Unpublished(string kid) => new(kid, RSA.Create(2048));

    private LoopbackResponse Serve(RecordedRequest request)
    {
        if (Down)
        {
            return new LoopbackResponse(503);
        }

        if (request.PathAndQuery.StartsWith("/.well-known/openid-configuration", StringComparison.Ordinal))
        {
            var jwks = new Uri(_server.BaseUrl, "keys").AbsoluteUri;
            return new LoopbackResponse(200, JsonSerializer.Serialize(new Dictionary<string, object> { ["issuer"] = "test", ["jwks_uri"] = jwks }));
        }

        if (request.PathAndQuery.StartsWith("/keys", StringComparison.Ordinal))
        {
            lock (_published)
            {
                var keys = _published.Select(p => JwkJson(p.Key, p.Value.Key, p.Value.Endorsements)).ToList();
                return new LoopbackResponse(200, JsonSerializer.Serialize(new { keys }));
            }
        }

        return new LoopbackResponse(404);
    }

    private static Dictionary<string, object> JwkJson(string kid, RSA key, string[]? endorsements)
    {
        var p = key.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

/// <summary>A signing key and the tokens it makes.</summary>
public sealed record SigningKey(string Kid, RSA Rsa)
{
    /// <summary>A token with the given claims, valid from 1 minute ago for 1 hour unless overridden.</summary>
    public string Sign(IDictionary<string, object> claims, string algorithm = SecurityAlgorithms.RsaSha256, DateTime? notBefore = null, DateTime? expires = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = notBefore ?? DateTime.UtcNow.AddMinutes(-1),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            IssuedAt = (notBefore ?? DateTime.UtcNow.AddMinutes(-1)),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(Rsa) { KeyId = Kid }, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The classic confusion attack: HS256 keyed with the public key's bytes.</summary>
    public string SignHs256WithPublicKey(IDictionary<string, object> claims)
    {
        var secret = Encoding.UTF8.GetBytes(Rsa.ExportSubjectPublicKeyInfoPem());
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = Kid }, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>An unsigned token: <c>alg: none</c> and an empty signature.</summary>
    public string Unsigned(IDictionary<string, object> claims)
    {
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = Kid }));
        var now = DateTimeOffset.UtcNow;
        var payload = new Dictionary<string, object>(claims)
        {
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{header}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}.";
    }
}
