using System.Net;
using System.Net.Sockets;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// A real Azurite (table and blob services) for the tests of the Azure backends, started from the repository's
/// node_modules on free loopback ports and stopped with its whole process tree afterwards. Node is started
/// directly rather than through npx, because killing npx would leave node holding the port.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly List<AzuriteProcess> processes = [];
    private readonly string workFolder = Path.Combine(Path.GetTempPath(), "srb-azurite-" + Guid.NewGuid().ToString("N"));

    public string TableConnectionString { get; private set; } = string.Empty;

    public string BlobConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var azurite = LocateAzurite(RepositoryRoot.Find());

        // Azurite writes its workspace files to the current folder; keep them out of the repository.
        Directory.CreateDirectory(workFolder);
        var tablePort = FreePort();
        var blobPort = FreePort();
        var table = AzuriteProcess.Start(Path.Combine(azurite, "table", "main.js"), workFolder, "--tableHost", "127.0.0.1", "--tablePort", tablePort);
        processes.Add(table);
        var blob = AzuriteProcess.Start(Path.Combine(azurite, "blob", "main.js"), workFolder, "--blobHost", "127.0.0.1", "--blobPort", blobPort);
        processes.Add(blob);

        using var timeout = new CancellationTokenSource(StartTimeout);
        await Task.WhenAll(table.WaitForPortAsync(tablePort, timeout.Token), blob.WaitForPortAsync(blobPort, timeout.Token));

        TableConnectionString = TableConnectionStringFor(tablePort);
        BlobConnectionString = BlobConnectionStringFor(blobPort);
    }

    public async Task DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }
    }

    /// <summary>Azurite's compiled sources in the repository's node_modules. Missing Azurite fails the run, never skips it.</summary>
    public static string LocateAzurite(string repositoryRoot)
    {
        var azurite = Path.Combine(repositoryRoot, "node_modules", "azurite", "dist", "src");
        if (!File.Exists(Path.Combine(azurite, "table", "main.js")) || !File.Exists(Path.Combine(azurite, "blob", "main.js")))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` at the repository root");
        }

        return azurite;
    }

    /// <summary>A loopback port nobody listens on at the moment it is returned.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Azurite's well-known development account on a given table port (tests use a closed one to see failures).</summary>
    public static string TableConnectionStringFor(int port) => ConnectionString($"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");

    public static string BlobConnectionStringFor(int port) => ConnectionString($"BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");

    private static string ConnectionString(string endpoint) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};{endpoint}";
}
