using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// Spells out the shorthand people type on a phone ("ppl", "abt", "acct", "fb", "w/o") before a question is
/// encoded: the sentence model learnt from written English and splits such words into meaningless pieces. Only
/// whole words are replaced, and only ones with a single common reading.
/// </summary>
public static partial class ChatShorthand
{
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["y"] = "why", ["n"] = "and", ["abt"] = "about", ["bc"] = "because",
        ["b/c"] = "because", ["cuz"] = "because", ["coz"] = "because", ["w/"] = "with", ["w/o"] = "without", ["ppl"] = "people",
        ["pls"] = "please", ["plz"] = "please", ["smth"] = "something", ["sth"] = "something", ["sb"] = "somebody",
        ["sum1"] = "someone", ["rn"] = "right now", ["wat"] = "what", ["wut"] = "what", ["b4"] = "before", ["thx"] = "thanks",
        ["msg"] = "message", ["msgs"] = "messages", ["acct"] = "account", ["accts"] = "accounts", ["acc"] = "account",
        ["fb"] = "facebook", ["ig"] = "instagram", ["insta"] = "instagram", ["yt"] = "youtube", ["sm"] = "social media",
        ["2day"] = "today", ["tmrw"] = "tomorrow", ["2moro"] = "tomorrow", ["wknd"] = "weekend", ["hrs"] = "hours",
        ["mgr"] = "manager", ["govt"] = "government", ["journo"] = "journalist", ["pic"] = "picture", ["pics"] = "pictures",
        ["vid"] = "video", ["vids"] = "videos", ["asap"] = "as soon as possible", ["idk"] = "I don't know", ["omg"] = "oh my god",
        ["w"] = "with", ["anon"] = "anonymous", ["info"] = "information",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Expand(string text) =>
        Token().Replace(Between().Replace(text, m => m.Value == "2" ? "to" : "for"), m => Words.TryGetValue(m.Value, out var full) ? full : m.Value);

    /// <summary>"2" and "4" standing for "to" and "for": only alone between two words ("how 2 report"), never in sums.</summary>
    [GeneratedRegex(@"(?<=\p{L} )[24](?= \p{L}{2})")]
    private static partial Regex Between();

    /// <summary>A word with the slashes and digits shorthand uses, between spaces or punctuation.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/])[\p{L}\p{N}]+(?:/[\p{L}]*)?(?![\p{L}\p{N}/])")]
    private static partial Regex Token();
}
