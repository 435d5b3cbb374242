using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway self-signed certificate for 127.0.0.1, written as PEM files for a server (Azurite's --cert and
/// --key), and the one certificate the test's clients trust: nothing else is accepted, nothing is installed.
/// </summary>
public sealed class LoopbackCertificate : IDisposable
{
    private readonly X509Certificate2 certificate;

    private LoopbackCertificate(X509Certificate2 certificate, string certificatePath, string keyPath)
    {
        this.certificate = certificate;
        CertificatePath = certificatePath;
        KeyPath = keyPath;
    }

    public string CertificatePath { get; }

    public string KeyPath { get; }

    public static LoopbackCertificate CreateIn(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var now = TimeProvider.System.GetUtcNow();
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

        var certificatePath = Path.Combine(folder, "loopback.crt.pem");
        var keyPath = Path.Combine(folder, "loopback.key.pem");
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, key.ExportPkcs8PrivateKeyPem());
        return new LoopbackCertificate(certificate, certificatePath, keyPath);
    }

    /// <summary>An HTTP handler that accepts exactly this certificate.</summary>
    public HttpClientHandler TrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(certificate.RawData),
    };

    public void Dispose() => certificate.Dispose();
}
