using SocialRiskBot.Content;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

/// <summary>The FAQ content and its index, as one snapshot that <see cref="Reload"/> swaps whole.</summary>
public sealed class FaqLibrary(FaqSnapshot initial)
{
    private FaqSnapshot current = initial;

    public FaqSnapshot Current => Volatile.Read(ref current);

    /// <summary>Loads and checks the content in <paramref name="folder"/>, or throws with every problem.</summary>
    public static FaqSnapshot Load(string folder, IReadOnlyCollection<string> departmentIds)
    {
        var (content, problems) = FaqContentLoader.Load(folder, departmentIds);
        return content is null ? throw new ContentException(problems) : new FaqSnapshot(content, FaqIndex.Build(content));
    }

    /// <summary>Replaces the snapshot; the previous index stays usable for searches already running.</summary>
    public void Reload(FaqSnapshot next) => Volatile.Write(ref current, next);
}

/// <summary>Content and the index built from it.</summary>
public sealed record FaqSnapshot(FaqContent Content, FaqIndex Index)
{
    public FaqEntry? Find(string id) => Content.Entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}
