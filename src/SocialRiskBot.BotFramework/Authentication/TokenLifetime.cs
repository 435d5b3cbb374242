namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// The lifetime rule of inbound tokens, on the injected clock: an expiry is required, and the token must be
/// within <c>nbf</c>..<c>exp</c> give or take the clock skew. (The library's own check reads the wall clock;
/// its <c>TokenValidationParameters.TimeProvider</c> is internal in Microsoft.IdentityModel.Tokens 8.23.)
/// </summary>
internal static class TokenLifetime
{
    public static bool IsCurrent(DateTime? notBefore, DateTime? expires, DateTimeOffset now, TimeSpan clockSkew)
    {
        if (expires is not { } exp || (notBefore is { } early && early > exp))
        {
            return false;
        }

        var utcNow = now.UtcDateTime;
        return (notBefore is not { } nbf || nbf <= utcNow + clockSkew) && exp >= utcNow - clockSkew;
    }
}
