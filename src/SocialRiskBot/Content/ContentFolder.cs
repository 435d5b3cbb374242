using SocialRiskBot.Hosting;

namespace SocialRiskBot.Content;

/// <summary>Where the content files (FAQ, synonyms, training) are read from.</summary>
public static class ContentFolder
{
    /// <summary>In a checkout, the repository's own content/ (what authors edit); when deployed, the copy next to the executable.</summary>
    public static string Default() =>
        RepositoryLayout.FindRoot(AppContext.BaseDirectory) is { } root ? Path.Combine(root, "content") : Path.Combine(AppContext.BaseDirectory, "content");
}
