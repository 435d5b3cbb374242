namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// A second Azurite (tables and blobs) that accepts Entra tokens: HTTPS with a throwaway loopback certificate and
/// <c>--oauth basic</c>, which checks each token's issuer, audience and lifetime (not its signature). It is how
/// the endpoint form of the storage settings, which signs in with a token, is tested against a real service.
/// </summary>
public sealed class AzuriteOAuthFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly List<AzuriteProcess> processes = [];
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "srb-azurite-oauth-" + Guid.NewGuid().ToString("N"));
    private LoopbackCertificate? certificate;

    public Uri TableEndpoint { get; private set; } = null!;

    public Uri BlobEndpoint { get; private set; } = null!;

    public LoopbackCertificate Certificate => certificate ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        var azurite = AzuriteFixture.LocateAzurite(RepositoryRoot.Find());
        Directory.CreateDirectory(workFolder);
        certificate = LoopbackCertificate.CreateIn(workFolder);
        string[] tls = ["--cert", certificate.CertificatePath, "--key", certificate.KeyPath, "--oauth", "basic"];

        var tablePort = AzuriteFixture.FreePort();
        var blobPort = AzuriteFixture.FreePort();
        var table = AzuriteProcess.Start(Path.Combine(azurite, "table", "main.js"), workFolder, "--tableHost", "127.0.0.1", "--tablePort", tablePort, tls);
        processes.Add(table);
        var blob = AzuriteProcess.Start(Path.Combine(azurite, "blob", "main.js"), workFolder, "--blobHost", "127.0.0.1", "--blobPort", blobPort, tls);
        processes.Add(blob);

        using var timeout = new CancellationTokenSource(StartTimeout);
        await Task.WhenAll(table.WaitForPortAsync(tablePort, timeout.Token), blob.WaitForPortAsync(blobPort, timeout.Token));

        TableEndpoint = new Uri($"https://127.0.0.1:{tablePort}/devstoreaccount1");
        BlobEndpoint = new Uri($"https://127.0.0.1:{blobPort}/devstoreaccount1");
    }

    public async Task DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        certificate?.Dispose();
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }
    }
}
