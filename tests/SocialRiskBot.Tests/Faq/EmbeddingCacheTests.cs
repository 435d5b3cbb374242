using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Tests.Faq;

/// <summary>The FAQ's vectors survive a restart on disk, and an edit encodes only what changed.</summary>
public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-vectors-").FullName;

    [Fact]
    public void A_restart_with_the_same_texts_encodes_nothing_and_an_edit_encodes_only_the_new_text()
    {
        var encoder = new CountingEncoder($"counting-{Guid.NewGuid():N}");
        var (first, encoded) = new EmbeddingCache(_folder).Get(encoder, ["alpha", "beta", "alpha"], CancellationToken.None);
        Assert.Equal(2, encoded);
        Assert.Equal(first[0], first[2]);

        // Another process: nothing in memory for this model but the file.
        var restarted = new CountingEncoder(encoder.ModelId);
        EmbeddingCache.ForgetInProcess(encoder.ModelId);
        var (again, none) = new EmbeddingCache(_folder).Get(restarted, ["alpha", "beta"], CancellationToken.None);
        Assert.Equal(0, none);
        Assert.Equal(0, restarted.Encoded);
        Assert.Equal(first[1], again[1]);

        EmbeddingCache.ForgetInProcess(encoder.ModelId);
        var (_, one) = new EmbeddingCache(_folder).Get(restarted, ["alpha", "gamma"], CancellationToken.None);
        Assert.Equal(1, one);
        Assert.Equal(["gamma"], restarted.Texts);
    }

    [Fact]
    public void A_damaged_file_is_ignored_and_rewritten()
    {
        var encoder = new CountingEncoder($"counting-{Guid.NewGuid():N}");
        var cache = new EmbeddingCache(_folder);
        File.WriteAllText(cache.PathFor(encoder), "not vectors");

        var (vectors, encoded) = cache.Get(encoder, ["alpha"], CancellationToken.None);

        Assert.Equal(1, encoded);
        Assert.Equal(8 + 32 + (4 * encoder.Dimensions), new FileInfo(cache.PathFor(encoder)).Length);
        Assert.Single(vectors);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class CountingEncoder(string modelId) : ITextEncoder
    {
        public List<string> Texts { get; } = [];

        public int Encoded => Texts.Count;

        public string ModelId => modelId;

        public int Dimensions => 4;

        public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            Texts.AddRange(texts);
            return [.. texts.Select(t => new[] { t.Length, t[0], 1f, 0f })];
        }
    }
}
