using SocialRiskBot.Storage.Blobs;

namespace SocialRiskBot.Evidence;

/// <summary>Stored evidence files: one blob per file in <see cref="EvidenceFile.Container"/>, named by the file's id.</summary>
public sealed class EvidenceBlobs(IBlobStore blobs)
{
    /// <summary>Stores a new file; never overwrites one (an id is never reused).</summary>
    public Task PutAsync(EvidenceFile file, Stream content, CancellationToken cancellationToken) =>
        blobs.PutAsync(EvidenceFile.Container, file.Id, content, file.ContentType, overwrite: false, cancellationToken);

    /// <summary>Removes the files' blobs (a report cancelled, a case purged). Missing blobs are fine.</summary>
    public async Task DeleteAsync(IEnumerable<EvidenceFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            await DeleteAsync(file.Id, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task DeleteAsync(string fileId, CancellationToken cancellationToken) =>
        blobs.DeleteAsync(EvidenceFile.Container, fileId, cancellationToken);

    /// <returns>The stored file with the type it was stored with, or null when there is none (or the id is malformed). The caller disposes it.</returns>
    public Task<BlobContent?> OpenAsync(string fileId, CancellationToken cancellationToken) =>
        EvidenceFile.IsValidId(fileId)
            ? blobs.GetAsync(EvidenceFile.Container, fileId, cancellationToken)
            : Task.FromResult<BlobContent?>(null);
}
