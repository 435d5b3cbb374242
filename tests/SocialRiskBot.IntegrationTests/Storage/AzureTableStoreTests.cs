using Azure.Data.Tables;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Storage.Tables.AzureTables;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>The table conformance scenarios on the Azure Tables backend, against a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableStoreTests(AzuriteFixture azurite) : TableStoreConformance
{
    public override Task DisposeAsync() => Task.CompletedTask;

    protected override Task<ITableStore> CreateStoreAsync() =>
        Task.FromResult<ITableStore>(new AzureTableStore(azurite.TableConnectionString));

    protected override ITableStore CreateUnreachableStore()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        var connectionString = AzuriteFixture.TableConnectionStringFor(AzuriteFixture.FreePort());
        return new AzureTableStore(connectionString, options);
    }
}
