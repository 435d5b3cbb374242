using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage.Blobs;
using SocialRiskBot.Storage.Blobs.AzureBlobs;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>The blob conformance scenarios on the Azure Blob backend, against a real Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobStoreTests(AzuriteFixture azurite) : BlobStoreConformance
{
    public override Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Containers_are_created_without_public_access()
    {
        await Store.PutAsync(Container, "b", new MemoryStream(Encoding.UTF8.GetBytes("secret")), "text/plain", overwrite: false, CancellationToken.None);

        var properties = await new BlobServiceClient(azurite.BlobConnectionString, AzuriteOptions()).GetBlobContainerClient(Container).GetPropertiesAsync();

        Assert.Equal(PublicAccessType.None, properties.Value.PublicAccess);
    }

    protected override Task<IBlobStore> CreateStoreAsync() =>
        Task.FromResult<IBlobStore>(new AzureBlobStore(azurite.BlobConnectionString, AzuriteOptions()));

    // The SDK speaks a newer service version than Azurite 3.35 accepts; pinning the newest one Azurite knows keeps
    // its version check (and its semantics for that version) instead of switching the check off.
    private static BlobClientOptions AzuriteOptions() => new(BlobClientOptions.ServiceVersion.V2025_11_05);
}
