using SocialRiskBot.Content;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

/// <summary>The FAQ content and its indexes, as one snapshot that <see cref="ReloadAsync"/> swaps whole.</summary>
public sealed class FaqLibrary(FaqSnapshot initial, FaqSemantics semantics)
{
    private FaqSnapshot current = initial;

    public FaqSnapshot Current => Volatile.Read(ref current);

    public FaqSemantics Semantics => semantics;

    /// <summary>True once the current content's vectors are built: until then questions wait for them.</summary>
    public bool IsReady => Current.Vectors is { IsValueCreated: true, Value.IsCompletedSuccessfully: true };

    /// <summary>Loads, checks and indexes the content in <paramref name="folder"/> (its vectors are built on first use), or throws with every problem.</summary>
    public static FaqSnapshot Load(string folder, IReadOnlyCollection<string> departmentIds, FaqSemantics semantics)
    {
        var (content, problems) = FaqContentLoader.Load(folder, departmentIds);
        return content is null ? throw new ContentException(problems) : new FaqSnapshot(content, FaqIndex.Build(content), semantics.VectorsOf(content));
    }

    /// <summary>Starts building the current content's vectors, if nothing asked for them yet.</summary>
    public Task WarmUpAsync() => Current.Vectors.Value;

    /// <summary>Replaces the snapshot once <paramref name="next"/>'s vectors are built; searches already running finish on the previous one.</summary>
    public async Task ReloadAsync(FaqSnapshot next)
    {
        await next.Vectors.Value.ConfigureAwait(false);
        Volatile.Write(ref current, next);
    }
}

/// <summary>Content, its word index, and its vectors (built in the background on first use).</summary>
public sealed record FaqSnapshot(FaqContent Content, FaqIndex Index, Lazy<Task<FaqVectors>> Vectors)
{
    public FaqEntry? Find(string id) => Content.Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}
