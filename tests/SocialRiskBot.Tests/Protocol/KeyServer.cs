using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace SocialRiskBot.Tests.Protocol;

/// <summary>
/// An OpenID issuer behind an <see cref="HttpMessageHandler"/>: a metadata document and a JWKS of RSA keys with
/// the configured ids (and Bot Framework endorsements). It counts requests, can fail, and can hold answers back.
/// </summary>
internal sealed class KeyServer : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.example/v1/.well-known/openidconfiguration";

    private Dictionary<string, RSA> _keys = [];
    private int _requests;
    private int _jwksRequests;

    /// <summary>The published key ids; setting them makes a new key for each.</summary>
    public string[] Keys
    {
        get => [.. _keys.Keys];
        set => _keys = value.ToDictionary(kid => kid, _ => RSA.Create(2048));
    }

    public string[]? Endorsements { get; set; }

    public bool Fail { get; set; }

    /// <summary>While set, every answer waits for it.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public int Requests => Volatile.Read(ref _requests);

    public int JwksRequests => Volatile.Read(ref _jwksRequests);

    public RSA KeyOf(string kid) => _keys[kid];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }

        if (Fail)
        {
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }

        string body;
        if (request.RequestUri!.AbsolutePath.EndsWith("/keys", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _jwksRequests);
            body = JsonSerializer.Serialize(new { keys = _keys.Select(k => Jwk(k.Key, k.Value)) });
        }
        else
        {
            body = JsonSerializer.Serialize(new Dictionary<string, string> { ["jwks_uri"] = "https://login.example/v1/keys" });
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
    }

    private Dictionary<string, object> Jwk(string kid, RSA rsa)
    {
        var p = rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA", ["kid"] = kid, ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }
}
