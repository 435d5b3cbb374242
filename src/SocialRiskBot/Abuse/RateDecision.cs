namespace SocialRiskBot.Abuse;

/// <summary>Whether an action may go ahead; when not, the moment the person may try again.</summary>
public readonly record struct RateDecision(bool Allowed, DateTimeOffset RetryAt)
{
    public static RateDecision Allow { get; } = new(true, default);

    public static RateDecision RefuseUntil(DateTimeOffset retryAt) => new(false, retryAt);
}
