using System.Text;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Blobs;
using SocialRiskBot.Storage.Blobs.FileSystem;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>The blob conformance scenarios on the file system backend, under a fresh temporary folder.</summary>
public sealed class FileSystemBlobStoreTests : BlobStoreConformance
{
    private readonly string sandbox = Path.Combine(Path.GetTempPath(), "srb-blobs-" + Guid.NewGuid().ToString("N"));

    private string Root => Path.Combine(sandbox, "root");

    public override Task DisposeAsync()
    {
        if (Directory.Exists(sandbox))
        {
            Directory.Delete(sandbox, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_root_folder_is_created_on_first_write_not_before()
    {
        Assert.False(Directory.Exists(Root));

        await Store.PutAsync(Container, "b", new MemoryStream([1]), "application/octet-stream", overwrite: false, CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(Root, Container, "b")));
    }

    [Fact]
    public async Task Traversal_attempts_write_nothing_outside_the_root()
    {
        Directory.CreateDirectory(sandbox);
        foreach (var name in new[] { "../escaped", "a/../../escaped", "..\\escaped", "/tmp/escaped" })
        {
            await Assert.ThrowsAsync<StorageException>(
                () => Store.PutAsync(Container, name, new MemoryStream([1]), "text/plain", overwrite: true, CancellationToken.None));
        }

        await Assert.ThrowsAsync<StorageException>(
            () => Store.PutAsync("../root", "escaped", new MemoryStream([1]), "text/plain", overwrite: true, CancellationToken.None));

        Assert.DoesNotContain(Directory.GetFileSystemEntries(sandbox), e => e != Root);
        Assert.False(File.Exists("/tmp/escaped"));
    }

    [Fact]
    public async Task A_reader_keeps_the_old_content_while_it_is_overwritten()
    {
        await Store.PutAsync(Container, "b", new MemoryStream(Encoding.UTF8.GetBytes("old")), "text/plain", overwrite: false, CancellationToken.None);
        await using var reading = await Store.GetAsync(Container, "b", CancellationToken.None);

        await Store.PutAsync(Container, "b", new MemoryStream(Encoding.UTF8.GetBytes("new")), "text/plain", overwrite: true, CancellationToken.None);

        using var reader = new StreamReader(reading!.Content);
        Assert.Equal("old", await reader.ReadToEndAsync());
    }

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new FileSystemBlobStore(Root));
}
