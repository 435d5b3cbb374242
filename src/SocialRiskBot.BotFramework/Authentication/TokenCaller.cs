using Microsoft.IdentityModel.JsonWebTokens;

namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// The app that obtained a token, as Entra names it: <c>appid</c> in v1.0 tokens (or tokens without <c>ver</c>),
/// <c>azp</c> in v2.0 tokens. Bot Framework channel tokens name none.
/// </summary>
internal static class TokenCaller
{
    /// <returns>False when <c>ver</c> is neither absent, <c>1.0</c> nor <c>2.0</c>; otherwise the caller, or null when the token names none.</returns>
    public static bool TryRead(JsonWebToken token, out string? appId)
    {
        var claim = Claim(token, "ver") switch
        {
            null or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        appId = claim is null ? null : Claim(token, claim);
        return claim is not null;
    }

    /// <summary>
    /// The calling bot of a bot-to-bot (skill) token: one that carries <c>ver</c> and names a caller other than its
    /// audience. Null for any other token.
    /// </summary>
    public static string? BotToBot(JsonWebToken token) =>
        Claim(token, "ver") is not null && TryRead(token, out var caller) && caller is not null && !token.Audiences.Contains(caller, StringComparer.Ordinal)
            ? caller
            : null;

    public static string? Claim(JsonWebToken token, string type) =>
        token.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
