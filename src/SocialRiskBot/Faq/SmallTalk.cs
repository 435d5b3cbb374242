using System.Text.RegularExpressions;

namespace SocialRiskBot.Faq;

public enum SmallTalkKind
{
    None,
    Greeting,
    Thanks,
}

/// <summary>Greetings and thanks, recognised so they get a friendly word instead of an FAQ match.</summary>
public static partial class SmallTalk
{
    public static SmallTalkKind Classify(string text)
    {
        var words = Words().Replace(text.ToLowerInvariant(), " ").Trim();
        if (words.Length == 0)
        {
            return SmallTalkKind.None;
        }

        return Thanks().IsMatch(words) ? SmallTalkKind.Thanks
            : Greeting().IsMatch(words) ? SmallTalkKind.Greeting
            : SmallTalkKind.None;
    }

    /// <summary>Anything but letters and apostrophes becomes a space (emoji and punctuation included).</summary>
    [GeneratedRegex(@"[^\p{L}']+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?:(?:ok|okay|great|perfect|cool|brilliant|awesome|nice|super|got it|that helps|that helped|that's helpful|very helpful|helpful)\s*)*(?:thanks?|thank you|thx|ty|cheers|many thanks|thanks a lot|thank you so much|thanks so much|much appreciated|appreciated|ta)(?:\s+(?:a lot|so much|very much|again|for (?:that|the help|your help|the answer|this)|bot|mate|buddy))*(?:\s+(?:that helps|that helped|great|perfect|bye|goodbye))?$")]
    private static partial Regex Thanks();

    [GeneratedRegex(@"^(?:hi|hello|hey|hiya|howdy|yo|hallo|greetings|good (?:morning|afternoon|evening|day)|morning|afternoon|evening)(?:\s+(?:there|all|everyone|bot|socialriskbot|team|again|mate|friend))*(?:\s+how are you(?: doing)?(?: today)?)?$|^how are you(?: doing)?(?: today)?$|^what's up$|^whats up$")]
    private static partial Regex Greeting();
}
