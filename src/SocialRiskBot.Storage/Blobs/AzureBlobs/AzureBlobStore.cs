using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace SocialRiskBot.Storage.Blobs.AzureBlobs;

/// <summary>
/// Azure Blob Storage. Containers are created private on first use: evidence files are never publicly readable,
/// whatever the account's defaults.
/// </summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobServiceClient service;
    private readonly ConcurrentDictionary<string, BlobContainerClient> containers = new(StringComparer.Ordinal);

    /// <param name="options">Client options, e.g. fewer retries in tests; the SDK's defaults otherwise.</param>
    public AzureBlobStore(string connectionString, BlobClientOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        // Parses the connection string only: no request is made until the first operation.
        service = new BlobServiceClient(connectionString, options ?? new BlobClientOptions());
    }

    /// <param name="endpoint">The blob service, e.g. https://account.blob.core.windows.net/.</param>
    /// <param name="credential">Asked for a token on the first request, and again before it expires.</param>
    /// <param name="options">Client options, e.g. fewer retries in tests; the SDK's defaults otherwise.</param>
    public AzureBlobStore(Uri endpoint, TokenCredential credential, BlobClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credential);
        service = new BlobServiceClient(endpoint, credential, options ?? new BlobClientOptions());
    }

    public async Task PutAsync(string container, string name, Stream content, string contentType, bool overwrite, CancellationToken cancellationToken)
    {
        BlobNames.Validate(container, name);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            var blob = (await GetContainerAsync(container, cancellationToken).ConfigureAwait(false)).GetBlobClient(name);
            await blob.UploadAsync(content, new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType },

                // If-None-Match: * makes "create only" a single atomic request.
                Conditions = overwrite ? null : new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (!overwrite && e.Status is 409 or 412)
        {
            throw new StorageException(StorageFailure.Conflict, "The blob already exists.", e);
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    public async Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
    {
        BlobNames.Validate(container, name);
        try
        {
            var response = await service.GetBlobContainerClient(container).GetBlobClient(name)
                .DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var details = response.Value.Details;
            return new BlobContent(response.Value.Content, details.ContentType, details.ContentLength);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Blob or container: either way there is nothing under that name.
            return null;
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    public async Task DeleteAsync(string container, string name, CancellationToken cancellationToken)
    {
        BlobNames.Validate(container, name);
        try
        {
            await service.GetBlobContainerClient(container).GetBlobClient(name)
                .DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // The container itself does not exist: the blob is gone all the same.
        }
        catch (Exception e) when (AzureFailures.Translate(e, cancellationToken) is { } failure)
        {
            throw failure;
        }
    }

    private async Task<BlobContainerClient> GetContainerAsync(string name, CancellationToken cancellationToken)
    {
        if (containers.TryGetValue(name, out var known))
        {
            return known;
        }

        var client = service.GetBlobContainerClient(name);
        await client.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
        return containers.GetOrAdd(name, client);
    }
}
