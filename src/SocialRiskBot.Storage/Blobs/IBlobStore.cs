namespace SocialRiskBot.Storage.Blobs;

/// <summary>Private binary objects (evidence files). Nothing is publicly listable or readable.</summary>
public interface IBlobStore
{
    /// <summary>Stores the content under <paramref name="name"/>; <see cref="StorageFailure.Conflict"/> if it exists and <paramref name="overwrite"/> is false.</summary>
    Task PutAsync(string container, string name, Stream content, string contentType, bool overwrite, CancellationToken cancellationToken);

    /// <returns>The blob, or null when it does not exist. The caller disposes the stream.</returns>
    Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken);

    /// <summary>Deleting a missing blob is not an error.</summary>
    Task DeleteAsync(string container, string name, CancellationToken cancellationToken);
}
