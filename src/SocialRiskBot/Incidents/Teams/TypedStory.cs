using SocialRiskBot.Conversations;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>A reporter's story typed in chat, kept exactly as typed: only the spaces around it go.</summary>
public static class TypedStory
{
    /// <summary>What follows the command word in "report Someone copied our logo!", its punctuation kept.</summary>
    public static string After(string text, string command)
    {
        var typed = text.Trim();
        return typed.StartsWith(command, StringComparison.OrdinalIgnoreCase) ? typed[command.Length..].Trim() : typed;
    }
}
