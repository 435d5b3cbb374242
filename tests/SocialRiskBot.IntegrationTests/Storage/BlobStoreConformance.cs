using System.Text;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Blobs;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>What every <see cref="IBlobStore"/> backend must do, run against each of them.</summary>
public abstract class BlobStoreConformance : IAsyncLifetime
{
    private IBlobStore? store;

    protected IBlobStore Store => store ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>A fresh container per test, so tests never see each other's blobs.</summary>
    protected string Container { get; } = "c" + Guid.NewGuid().ToString("N")[..20];

    public async Task InitializeAsync() => store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    private static CancellationToken Token => CancellationToken.None;

    [Fact]
    public async Task A_stored_blob_comes_back_with_its_bytes_content_type_and_length()
    {
        await Store.PutAsync(Container, "evidence.png", Bytes("not really a png"), "image/png", overwrite: false, Token);

        var (text, contentType, length) = await ReadAsync("evidence.png");

        Assert.Equal("not really a png", text);
        Assert.Equal("image/png", contentType);
        Assert.Equal(16, length);
    }

    [Fact]
    public async Task A_content_type_with_parameters_is_kept_as_written()
    {
        await Store.PutAsync(Container, "note.txt", Bytes("hi"), "text/plain; charset=utf-8", overwrite: false, Token);

        Assert.Equal("text/plain; charset=utf-8", (await ReadAsync("note.txt")).ContentType);
    }

    [Fact]
    public async Task Names_with_folders_and_unicode_work()
    {
        const string name = "incidents/2025/Zoë 日本/evidence 1.jpg";
        await Store.PutAsync(Container, name, Bytes("x"), "image/jpeg", overwrite: false, Token);

        Assert.Equal("x", (await ReadAsync(name)).Text);
        Assert.Null(await Store.GetAsync(Container, "incidents/2025/Zoë 日本", Token));
    }

    [Fact]
    public async Task Putting_an_existing_blob_without_overwrite_is_a_Conflict_and_keeps_the_original()
    {
        await Store.PutAsync(Container, "b", Bytes("first"), "text/plain", overwrite: false, Token);

        var e = await Assert.ThrowsAsync<StorageException>(
            () => Store.PutAsync(Container, "b", Bytes("second"), "application/json", overwrite: false, Token));

        Assert.Equal(StorageFailure.Conflict, e.Failure);
        Assert.Equal(("first", "text/plain", 5L), await ReadAsync("b"));
    }

    [Fact]
    public async Task Overwriting_replaces_the_content_and_its_type()
    {
        await Store.PutAsync(Container, "b", Bytes("first, longer"), "text/plain", overwrite: false, Token);

        await Store.PutAsync(Container, "b", Bytes("second"), "application/json", overwrite: true, Token);

        Assert.Equal(("second", "application/json", 6L), await ReadAsync("b"));
    }

    [Fact]
    public async Task Overwrite_also_creates_a_missing_blob()
    {
        await Store.PutAsync(Container, "b", Bytes("new"), "text/plain", overwrite: true, Token);

        Assert.Equal("new", (await ReadAsync("b")).Text);
    }

    [Fact]
    public async Task Empty_and_megabyte_blobs_round_trip()
    {
        var big = new byte[1024 * 1024 + 7];
        new Random(42).NextBytes(big);

        await Store.PutAsync(Container, "empty", new MemoryStream(), "application/octet-stream", overwrite: false, Token);
        await Store.PutAsync(Container, "big", new MemoryStream(big), "application/octet-stream", overwrite: false, Token);

        await using (var empty = await Store.GetAsync(Container, "empty", Token))
        {
            Assert.Equal(0, empty!.Length);
            Assert.Empty(await ToArrayAsync(empty.Content));
        }

        await using var back = await Store.GetAsync(Container, "big", Token);
        Assert.Equal(big.Length, back!.Length);
        Assert.Equal(big, await ToArrayAsync(back.Content));
    }

    [Fact]
    public async Task Getting_a_missing_blob_or_container_returns_null()
    {
        Assert.Null(await Store.GetAsync(Container, "nothing", Token));
        Assert.Null(await Store.GetAsync("never-created", "nothing", Token));
    }

    [Fact]
    public async Task Deleting_removes_the_blob_and_deleting_again_is_fine()
    {
        await Store.PutAsync(Container, "b", Bytes("x"), "text/plain", overwrite: false, Token);

        await Store.DeleteAsync(Container, "b", Token);
        await Store.DeleteAsync(Container, "b", Token);
        await Store.DeleteAsync("never-created", "b", Token);

        Assert.Null(await Store.GetAsync(Container, "b", Token));
        await Store.PutAsync(Container, "b", Bytes("again"), "text/plain", overwrite: false, Token);
        Assert.Equal("again", (await ReadAsync("b")).Text);
    }

    [Fact]
    public async Task Containers_are_separate()
    {
        var other = "d" + Guid.NewGuid().ToString("N")[..20];
        await Store.PutAsync(Container, "b", Bytes("mine"), "text/plain", overwrite: false, Token);

        Assert.Null(await Store.GetAsync(other, "b", Token));
        await Store.PutAsync(other, "b", Bytes("theirs"), "text/plain", overwrite: false, Token);
        Assert.Equal("mine", (await ReadAsync("b")).Text);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/../../escape")]
    [InlineData("..")]
    [InlineData("./b")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\..\\..\\escape")]
    [InlineData("a//b")]
    [InlineData("trailing/")]
    [InlineData("")]
    [InlineData("new\nline")]
    public async Task Names_that_could_climb_out_of_the_container_are_Invalid(string name)
    {
        await AssertInvalid(() => Store.PutAsync(Container, name, Bytes("x"), "text/plain", overwrite: true, Token));
        await AssertInvalid(() => Store.GetAsync(Container, name, Token));
        await AssertInvalid(() => Store.DeleteAsync(Container, name, Token));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("under_score")]
    [InlineData("-leading")]
    [InlineData("double--hyphen")]
    [InlineData("..")]
    [InlineData("../up")]
    [InlineData(".content-types")]
    public async Task Invalid_container_names_are_Invalid(string container)
    {
        await AssertInvalid(() => Store.PutAsync(container, "b", Bytes("x"), "text/plain", overwrite: true, Token));
        await AssertInvalid(() => Store.GetAsync(container, "b", Token));
    }

    protected abstract Task<IBlobStore> CreateStoreAsync();

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<byte[]> ToArrayAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task AssertInvalid(Func<Task> action)
    {
        var e = await Assert.ThrowsAsync<StorageException>(action);
        Assert.Equal(StorageFailure.Invalid, e.Failure);
    }

    private async Task<(string Text, string ContentType, long Length)> ReadAsync(string name)
    {
        await using var blob = await Store.GetAsync(Container, name, Token);
        Assert.NotNull(blob);
        return (Encoding.UTF8.GetString(await ToArrayAsync(blob.Content)), blob.ContentType, blob.Length);
    }
}
