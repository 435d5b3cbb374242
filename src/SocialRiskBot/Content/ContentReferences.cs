namespace SocialRiskBot.Content;

/// <summary>
/// The shipped content checked against the running configuration: built when the host starts, it stops startup
/// (with file, line and problem) when content names a category, department, command or module that configuration
/// does not have, or names one in free text.
/// </summary>
public sealed class ContentReferences
{
    private ContentReferences()
    {
    }

    public static ContentReferences Check(string folder, ContentVocabulary vocabulary, IEnumerable<IContentSource> sources)
    {
        var problems = ContentReferenceScan.Check(folder, vocabulary, sources);
        return problems.Count > 0 ? throw new ContentException(problems) : new ContentReferences();
    }
}
