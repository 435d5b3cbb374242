namespace SocialRiskBot.Storage.Blobs.FileSystem;

/// <summary>
/// Blobs as files under one root folder: <c>root/container/name</c>, with the content type in
/// <c>root/.content-types/container/name</c> (container names cannot start with a dot, so the two never meet).
/// Content is written to a temporary file and moved into place, so a reader never sees half a blob.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private const string DefaultContentType = "application/octet-stream";
    private const int CopyBufferSize = 81920;

    private readonly string root;

    public FileSystemBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        this.root = Path.GetFullPath(root);
    }

    public async Task PutAsync(string container, string name, Stream content, string contentType, bool overwrite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (data, type) = Locate(container, name);
        var temporary = Path.Combine(root, ".uploads", Guid.NewGuid().ToString("N"));
        try
        {
            CreateFolders(data, type, temporary);
            await WriteFileAsync(temporary, content, cancellationToken).ConfigureAwait(false);
            MoveIntoPlace(temporary, data, overwrite);
            await File.WriteAllTextAsync(temporary, string.IsNullOrWhiteSpace(contentType) ? DefaultContentType : contentType, cancellationToken)
                .ConfigureAwait(false);
            File.Move(temporary, type, overwrite: true);
        }
        catch (Exception e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    public async Task<BlobContent?> GetAsync(string container, string name, CancellationToken cancellationToken)
    {
        var (data, type) = Locate(container, name);
        try
        {
            var contentType = File.Exists(type) ? await File.ReadAllTextAsync(type, cancellationToken).ConfigureAwait(false) : DefaultContentType;

            // Delete sharing lets an overwrite or a delete go ahead while a reader still streams the old content.
            var stream = new FileStream(data, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read | FileShare.Delete,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            });
            return new BlobContent(stream, contentType, stream.Length);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(data))
        {
            // The name is a folder of other blobs ("a" when "a/b" exists), not a blob.
            return null;
        }
        catch (Exception e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
    }

    public Task DeleteAsync(string container, string name, CancellationToken cancellationToken)
    {
        try
        {
            var (data, type) = Locate(container, name);
            TryDelete(data);
            TryDelete(type);
            return Task.CompletedTask;
        }
        catch (StorageException e)
        {
            return Task.FromException(e);
        }
        catch (Exception e) when (Translate(e) is { } failure)
        {
            return Task.FromException(failure);
        }
    }

    private static async Task WriteFileAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            await content.CopyToAsync(file, CopyBufferSize, cancellationToken).ConfigureAwait(false);
        }
    }

    private static void MoveIntoPlace(string temporary, string data, bool overwrite)
    {
        try
        {
            // Without overwrite .NET moves with link+unlink on Unix, which fails atomically if the target exists.
            File.Move(temporary, data, overwrite);
        }
        catch (IOException e) when (!overwrite && File.Exists(data))
        {
            throw new StorageException(StorageFailure.Conflict, "The blob already exists.", e);
        }
    }

    private static void CreateFolders(params ReadOnlySpan<string> files)
    {
        foreach (var file in files)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            }
            catch (IOException e) when (!Directory.Exists(Path.GetDirectoryName(file)))
            {
                // Azure allows blobs "a" and "a/b" side by side; a file system cannot hold both.
                throw new StorageException(StorageFailure.Invalid, "Part of the blob's name is itself a blob; the file system backend cannot store both.", e);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was ever stored there.
        }
    }

    private static StorageException? Translate(Exception e) => e switch
    {
        StorageException => null,
        IOException or UnauthorizedAccessException => new StorageException(StorageFailure.Unavailable, $"The blob folder cannot be used: {e.Message}", e),
        _ => null,
    };

    private (string Data, string Type) Locate(string container, string name)
    {
        BlobNames.Validate(container, name);
        return (Within(Path.Combine(root, container, name)), Within(Path.Combine(root, ".content-types", container, name)));
    }

    private string Within(string path)
    {
        // Belt and braces: whatever the naming rules missed, nothing resolves outside the root.
        var full = Path.GetFullPath(path);
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new StorageException(StorageFailure.Invalid, "The blob name leaves the storage folder.");
    }
}
