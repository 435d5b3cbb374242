using Microsoft.Extensions.Options;

namespace SocialRiskBot.Storage;

/// <summary>
/// Checks what data annotations cannot: which settings the chosen providers need. Each message names the
/// missing key, so a misconfigured deployment says exactly what to set when it refuses to start.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var problems = new List<string>();
        switch (options.Provider)
        {
            case TableStorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.Sqlite?.Path):
                problems.Add("Storage:Sqlite:Path is required when Storage:Provider is Sqlite.");
                break;
            case TableStorageProvider.AzureTables:
                StorageServiceAccess.Check(problems, "Storage:AzureTables", options.AzureTables?.ConnectionString, options.AzureTables?.Endpoint,
                    "Storage:Provider is AzureTables", "https://<account>.table.core.windows.net/");
                break;
            case TableStorageProvider.Sqlite:
                break;
            default:
                problems.Add($"Storage:Provider '{options.Provider}' is unknown; use Sqlite or AzureTables.");
                break;
        }

        var blobs = options.Blobs ?? new BlobStorageOptions();
        switch (blobs.Provider)
        {
            case BlobStorageProvider.FileSystem when string.IsNullOrWhiteSpace(blobs.Root):
                problems.Add("Storage:Blobs:Root is required when Storage:Blobs:Provider is FileSystem.");
                break;
            case BlobStorageProvider.AzureBlobs:
                StorageServiceAccess.Check(problems, "Storage:Blobs", blobs.ConnectionString, blobs.Endpoint,
                    "Storage:Blobs:Provider is AzureBlobs", "https://<account>.blob.core.windows.net/");
                break;
            case BlobStorageProvider.FileSystem:
                break;
            default:
                problems.Add($"Storage:Blobs:Provider '{blobs.Provider}' is unknown; use FileSystem or AzureBlobs.");
                break;
        }

        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) && !Guid.TryParse(options.ManagedIdentityClientId, out _))
        {
            problems.Add($"Storage:ManagedIdentityClientId '{options.ManagedIdentityClientId}' is not a client id (a GUID): " +
                "give the managed identity's client id, or leave it empty for DefaultAzureCredential.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
