namespace SocialRiskBot.Content;

/// <summary>Names joined as a sentence lists them.</summary>
public static class WordList
{
    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Of(IEnumerable<string> names)
    {
        var all = names.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} and {all[^1]}";
    }
}
