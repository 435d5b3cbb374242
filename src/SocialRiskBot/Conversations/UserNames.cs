using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Conversations;

/// <summary>The sender's display name: from the activity, else from the roster (install events and some clients carry none).</summary>
internal static class UserNames
{
    public static async Task<string?> DisplayNameAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var user = turn.Activity.From;
        if (!string.IsNullOrWhiteSpace(user?.Name) || string.IsNullOrEmpty(user?.Id))
        {
            return user?.Name;
        }

        try
        {
            return (await turn.GetMemberAsync(user.Id, cancellationToken).ConfigureAwait(false))?.Name;
        }
        catch (ConnectorException)
        {
            return null; // we can do without a name
        }
    }

    /// <summary>The first word of a display name, or null when there is none.</summary>
    public static string? FirstName(string? displayName)
    {
        var name = displayName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? name[..space] : name;
    }

    /// <summary>The key a person's data is stored under: their Entra object id, or their channel id without one.</summary>
    public static string KeyOf(TurnContext turn) => turn.Activity.From?.AadObjectId ?? turn.Activity.From!.Id!;
}
