using Azure.Core.Pipeline;
using Azure.Data.Tables;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Storage.Tables.AzureTables;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>
/// The table conformance scenarios again, with the store built as in Azure: an endpoint and an Entra token instead
/// of a connection string, against an Azurite that checks each token's issuer, audience and lifetime over HTTPS.
/// </summary>
[Collection(AzuriteOAuthCollection.Name)]
public sealed class AzureTableStoreWithTokenTests(AzuriteOAuthFixture azurite) : TableStoreConformance
{
    private readonly EntraTokenStub identity = new();

    public override Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_store_asks_the_identity_for_a_storage_token()
    {
        await Store.CheckAvailableAsync(CancellationToken.None);

        Assert.Contains("https://storage.azure.com/.default", identity.Scopes);
    }

    [Fact]
    public async Task A_token_for_another_resource_is_refused_so_these_scenarios_prove_the_token_is_checked()
    {
        var vaultToken = new EntraTokenStub { Audience = "https://vault.azure.net" };
        var store = new AzureTableStore(azurite.TableEndpoint, vaultToken, Options());

        var refused = await Assert.ThrowsAsync<StorageException>(() => store.CheckAvailableAsync(CancellationToken.None));

        Assert.Contains("403", refused.InnerException?.Message ?? string.Empty, StringComparison.Ordinal);
    }

    protected override Task<ITableStore> CreateStoreAsync() =>
        Task.FromResult<ITableStore>(new AzureTableStore(azurite.TableEndpoint, identity, Options()));

    protected override ITableStore CreateUnreachableStore()
    {
        var options = Options();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return new AzureTableStore(new Uri($"https://127.0.0.1:{AzuriteFixture.FreePort()}/devstoreaccount1"), identity, options);
    }

    private TableClientOptions Options() => new() { Transport = new HttpClientTransport(azurite.Certificate.TrustingHandler()) };
}
