using System.Security.Claims;

namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>Outcome of inbound authentication. <see cref="FailureReason"/> is for logs only, never for the caller.</summary>
public sealed record AuthenticationResult(ClaimsIdentity? Identity, string? FailureReason, bool IssuerUnavailable = false)
{
    public bool Succeeded => Identity is not null;

    public static AuthenticationResult Success(ClaimsIdentity identity) => new(identity, null);

    public static AuthenticationResult Fail(string reason) => new(null, reason);

    public static AuthenticationResult Unavailable(string reason) => new(null, reason, IssuerUnavailable: true);

    /// <summary>Local development with no app id: a request without a header is accepted as anonymous.</summary>
    public static AuthenticationResult Anonymous { get; } = new(new ClaimsIdentity(), null);
}
