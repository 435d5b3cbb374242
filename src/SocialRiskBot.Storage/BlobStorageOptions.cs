using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Storage;

/// <summary><c>Storage:Blobs</c>.</summary>
public sealed class BlobStorageOptions
{
    [EnumDataType(typeof(BlobStorageProvider))]
    public BlobStorageProvider Provider { get; set; } = BlobStorageProvider.FileSystem;

    /// <summary>The folder of the file system provider; a relative path is resolved against the host's content root.</summary>
    public string Root { get; set; } = ".data/blobs";

    /// <summary>A secret: set it from the environment (<c>Storage__Blobs__ConnectionString</c>) or user-secrets, never in appsettings.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The blob service, e.g. <c>https://account.blob.core.windows.net/</c>: the alternative to
    /// <see cref="ConnectionString"/> that signs in with an Entra token (<see cref="StorageOptions.ManagedIdentityClientId"/>).
    /// </summary>
    public Uri? Endpoint { get; set; }
}
