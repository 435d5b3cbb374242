namespace SocialRiskBot.Storage;

/// <summary>Where blobs live: <c>Storage:Blobs:Provider</c>.</summary>
public enum BlobStorageProvider
{
    /// <summary>Files under a local folder. The default.</summary>
    FileSystem,

    /// <summary>Azure Blob Storage, in private containers.</summary>
    AzureBlobs,
}
