using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Blobs;
using SocialRiskBot.Storage.Blobs.AzureBlobs;
using SocialRiskBot.Storage.Blobs.FileSystem;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Storage.Tables.AzureTables;
using SocialRiskBot.Storage.Tables.Sqlite;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>AddStorage in a real host: which backends the "Storage" section selects, and what a bad section says.</summary>
public sealed class StorageRegistrationTests : IDisposable
{
    private const string Azurite = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly string contentRoot = Directory.CreateTempSubdirectory("srb-host-").FullName;

    public void Dispose() => Directory.Delete(contentRoot, recursive: true);

    [Fact]
    public async Task With_no_configuration_tables_go_to_SQLite_and_blobs_to_files_under_the_content_root()
    {
        using var host = Build([]);
        await host.StartAsync();

        var tables = host.Services.GetRequiredService<ITableStore>();
        var blobs = host.Services.GetRequiredService<IBlobStore>();
        Assert.IsType<SqliteTableStore>(Assert.IsType<TracedTableStore>(tables).Inner);
        Assert.IsType<FileSystemBlobStore>(blobs);
        Assert.False(Directory.Exists(Path.Combine(contentRoot, ".data")), "nothing is opened before first use");

        await (await tables.GetTableAsync("Defaults", CancellationToken.None)).UpsertAsync(new TableRow("p", "r"), CancellationToken.None);
        await blobs.PutAsync("evidence", "b", new MemoryStream([1]), "image/png", overwrite: false, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(contentRoot, ".data", "socialriskbot.db")));
        Assert.True(File.Exists(Path.Combine(contentRoot, ".data", "blobs", "evidence", "b")));
        await host.StopAsync();
    }

    [Fact]
    public async Task Relative_and_absolute_paths_are_honoured()
    {
        var absolute = Path.Combine(contentRoot, "elsewhere", "blobs");
        using var host = Build(new()
        {
            ["Storage:Sqlite:Path"] = "state/bot.db",
            ["Storage:Blobs:Root"] = absolute,
        });

        await host.Services.GetRequiredService<ITableStore>().CheckAvailableAsync(CancellationToken.None);
        await host.Services.GetRequiredService<IBlobStore>().PutAsync("evidence", "b", new MemoryStream([1]), "image/png", overwrite: false, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(contentRoot, "state", "bot.db")));
        Assert.True(File.Exists(Path.Combine(absolute, "evidence", "b")));
    }

    [Fact]
    public void Azure_providers_with_connection_strings_give_Azure_stores_without_connecting()
    {
        using var host = Build(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = Azurite,
            ["Storage:Blobs:Provider"] = "AzureBlobs",
            ["Storage:Blobs:ConnectionString"] = Azurite,
        });

        Assert.IsType<AzureTableStore>(Assert.IsType<TracedTableStore>(host.Services.GetRequiredService<ITableStore>()).Inner);
        Assert.IsType<AzureBlobStore>(host.Services.GetRequiredService<IBlobStore>());
    }

    [Fact]
    public async Task AzureTables_without_a_connection_string_stops_startup_naming_the_key()
    {
        using var host = Build(new() { ["Storage:Provider"] = "AzureTables" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:AzureTables:ConnectionString", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureBlobs_without_a_connection_string_stops_startup_naming_the_key()
    {
        using var host = Build(new() { ["Storage:Blobs:Provider"] = "AzureBlobs" });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Blobs:ConnectionString", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_SQLite_path_stops_startup_naming_the_key()
    {
        using var host = Build(new() { ["Storage:Sqlite:Path"] = " " });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:Sqlite:Path", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_provider_stops_startup()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Mongo" });

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => host.StartAsync());
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddStorage();
        return builder.Build();
    }
}
