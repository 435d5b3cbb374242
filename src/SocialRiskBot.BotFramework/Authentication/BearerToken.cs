namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>Reads the token out of an <c>Authorization</c> header: the <c>Bearer</c> scheme only.</summary>
public static class BearerToken
{
    /// <summary>
    /// The header must be exactly two parts separated by one space, the first being <c>Bearer</c>;
    /// anything else carries no identity.
    /// </summary>
    public static bool TryExtract(string? authorizationHeader, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrEmpty(authorizationHeader))
        {
            return false;
        }

        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }
}
