using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Blobs;
using SocialRiskBot.Storage.Blobs.AzureBlobs;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Storage.Tables.AzureTables;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>
/// Storage without secrets, as deployed in Azure: the "Storage" section names service endpoints and the bot signs in
/// with its managed identity. The managed identity itself only exists inside Azure; here a stand-in credential
/// takes its place, and what the bot would ask of it is checked.
/// </summary>
public sealed class StorageEndpointTests : IDisposable
{
    private const string ClientId = "6c0e6b51-4d3e-4a3c-9f4e-0f1b2a3c4d5e";
    private const string AzuriteConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    private readonly string contentRoot = Directory.CreateTempSubdirectory("srb-endpoint-").FullName;

    public void Dispose() => Directory.Delete(contentRoot, recursive: true);

    [Fact]
    public async Task Endpoints_as_provisioned_in_Azure_give_stores_that_sign_in_with_the_storage_credential()
    {
        using var asked = new CancellationTokenSource();
        var identity = new EntraTokenStub { OnRequest = asked.Cancel };
        var closed = AzuriteFixture.FreePort();
        using var host = Build(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:Endpoint"] = $"https://127.0.0.1:{closed}/devstoreaccount1",
            ["Storage:Blobs:Provider"] = "AzureBlobs",
            ["Storage:Blobs:Endpoint"] = $"https://127.0.0.1:{closed}/devstoreaccount1",
            ["Storage:ManagedIdentityClientId"] = ClientId,
        }, identity);
        await host.StartAsync();

        var tables = host.Services.GetRequiredService<ITableStore>();
        var blobs = host.Services.GetRequiredService<IBlobStore>();

        Assert.IsType<AzureTableStore>(Assert.IsType<TracedTableStore>(tables).Inner);
        Assert.IsType<AzureBlobStore>(blobs);

        // The token is asked for before anything is sent; the stand-in then cancels, so nothing waits on the closed port.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => tables.CheckAvailableAsync(asked.Token));
        Assert.Equal(["https://storage.azure.com/.default"], identity.Scopes);
        await host.StopAsync();
    }

    [Fact]
    public async Task An_identity_that_gives_no_token_makes_storage_unavailable_with_a_reason_not_a_crash()
    {
        var identity = new EntraTokenStub { Failure = "ManagedIdentityCredential authentication failed: no identity with that client id is attached." };
        var store = new AzureTableStore(new Uri("https://127.0.0.1:1/devstoreaccount1"), identity);

        var failure = await Assert.ThrowsAsync<StorageException>(() => store.CheckAvailableAsync(CancellationToken.None));

        Assert.Equal(StorageFailure.Unavailable, failure.Failure);
        Assert.Contains("no token", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blob_read_without_a_token_is_unavailable_too()
    {
        var identity = new EntraTokenStub { Failure = "DefaultAzureCredential failed to retrieve a token from the included credentials." };
        var store = new AzureBlobStore(new Uri("https://127.0.0.1:1/devstoreaccount1"), identity);

        var failure = await Assert.ThrowsAsync<StorageException>(() => store.GetAsync("evidence", "b", CancellationToken.None));

        Assert.Equal(StorageFailure.Unavailable, failure.Failure);
    }

    [Fact]
    public void With_a_client_id_the_credential_is_that_user_assigned_managed_identity()
    {
        var credential = StorageCredential.From(new StorageOptions { ManagedIdentityClientId = ClientId });

        Assert.IsType<ManagedIdentityCredential>(credential.Value);
    }

    [Fact]
    public void Without_a_client_id_the_credential_is_DefaultAzureCredential_for_a_developer_signed_in_with_the_Azure_CLI()
    {
        var credential = StorageCredential.From(new StorageOptions());

        Assert.IsType<DefaultAzureCredential>(credential.Value);
    }

    [Theory]
    [InlineData("Storage:AzureTables", "http://127.0.0.1:10002/devstoreaccount1", "must be https")]
    [InlineData("Storage:AzureTables", "http://account.table.core.windows.net/", "must be https")]
    [InlineData("Storage:AzureTables", "account.table.core.windows.net", "is not an absolute URL")]
    [InlineData("Storage:Blobs", "http://localhost:10000/devstoreaccount1", "must be https")]
    [InlineData("Storage:Blobs", "https://account.blob.core.windows.net/?sv=2024-11-04&sig=c2VjcmV0", "without a query")]
    public async Task A_bad_endpoint_stops_startup_naming_the_key_and_the_problem(string section, string endpoint, string problem)
    {
        using var host = Build(AzureWith(section, new() { [$"{section}:Endpoint"] = endpoint }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"{section}:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sig=", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:AzureTables")]
    [InlineData("Storage:Blobs")]
    public async Task An_endpoint_and_a_connection_string_together_stop_startup(string section)
    {
        using var host = Build(AzureWith(section, new()
        {
            [$"{section}:Endpoint"] = "https://account.core.windows.net/",
            [$"{section}:ConnectionString"] = AzuriteConnectionString,
        }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"{section}:Endpoint and {section}:ConnectionString are both set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neither_stops_startup_naming_both_ways_in()
    {
        using var host = Build(new() { ["Storage:Provider"] = "AzureTables" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:AzureTables:Endpoint or Storage:AzureTables:ConnectionString is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_id_that_is_not_a_GUID_stops_startup()
    {
        using var host = Build(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:Endpoint"] = "https://account.table.core.windows.net/",
            ["Storage:ManagedIdentityClientId"] = "id-srb",
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:ManagedIdentityClientId 'id-srb' is not a client id", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The section's Azure provider switched on, plus the given settings.</summary>
    private static Dictionary<string, string?> AzureWith(string section, Dictionary<string, string?> settings)
    {
        settings[section == "Storage:Blobs" ? "Storage:Blobs:Provider" : "Storage:Provider"] = section == "Storage:Blobs" ? "AzureBlobs" : "AzureTables";
        return settings;
    }

    private IHost Build(Dictionary<string, string?> settings, EntraTokenStub? identity = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
        builder.Configuration.AddInMemoryCollection(settings);
        if (identity is not null)
        {
            builder.Services.AddSingleton(new StorageCredential(identity));
        }

        builder.Services.AddStorage();
        return builder.Build();
    }
}
