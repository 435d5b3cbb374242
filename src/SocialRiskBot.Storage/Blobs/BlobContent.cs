namespace SocialRiskBot.Storage.Blobs;

public sealed record BlobContent(Stream Content, string ContentType, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
