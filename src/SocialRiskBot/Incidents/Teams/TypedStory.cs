using SocialRiskBot.Conversations;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>A reporter's story typed in chat after <c>report</c>, kept exactly as typed: only the spaces around it go.</summary>
public static class TypedStory
{
    /// <summary>
    /// The story of "report Someone copied our logo!", its punctuation kept; null when nothing but the word (or its
    /// punctuation) was typed, or a card sent <c>report</c>.
    /// </summary>
    public static string? Of(CommandText text) => text.Argument.Length > 0 ? text.Typed : null;
}
