using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage.Blobs;
using SocialRiskBot.Storage.Blobs.AzureBlobs;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>
/// The blob conformance scenarios again, with the store built as in Azure: an endpoint and an Entra token instead
/// of a connection string, against an Azurite that checks each token's issuer, audience and lifetime over HTTPS.
/// </summary>
[Collection(AzuriteOAuthCollection.Name)]
public sealed class AzureBlobStoreWithTokenTests(AzuriteOAuthFixture azurite) : BlobStoreConformance
{
    private readonly EntraTokenStub identity = new();

    public override Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_store_asks_the_identity_for_a_storage_token()
    {
        await Store.GetAsync(Container, "nothing-here", CancellationToken.None);

        Assert.Contains("https://storage.azure.com/.default", identity.Scopes);
    }

    protected override Task<IBlobStore> CreateStoreAsync() =>
        Task.FromResult<IBlobStore>(new AzureBlobStore(azurite.BlobEndpoint, identity, new BlobClientOptions(BlobClientOptions.ServiceVersion.V2025_11_05)
        {
            Transport = new HttpClientTransport(azurite.Certificate.TrustingHandler()),
        }));
}
