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
            case TableStorageProvider.AzureTables when string.IsNullOrWhiteSpace(options.AzureTables?.ConnectionString):
                problems.Add("Storage:AzureTables:ConnectionString is required when Storage:Provider is AzureTables " +
                    "(set it with the environment variable Storage__AzureTables__ConnectionString or user-secrets).");
                break;
            case TableStorageProvider.Sqlite or TableStorageProvider.AzureTables:
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
            case BlobStorageProvider.AzureBlobs when string.IsNullOrWhiteSpace(blobs.ConnectionString):
                problems.Add("Storage:Blobs:ConnectionString is required when Storage:Blobs:Provider is AzureBlobs " +
                    "(set it with the environment variable Storage__Blobs__ConnectionString or user-secrets).");
                break;
            case BlobStorageProvider.FileSystem or BlobStorageProvider.AzureBlobs:
                break;
            default:
                problems.Add($"Storage:Blobs:Provider '{blobs.Provider}' is unknown; use FileSystem or AzureBlobs.");
                break;
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
