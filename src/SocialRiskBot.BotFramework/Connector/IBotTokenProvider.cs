namespace SocialRiskBot.BotFramework.Connector;

/// <summary>The bearer token for calls to the Bot Connector.</summary>
public interface IBotTokenProvider
{
    /// <returns>The access token, or null in local development where no app id is configured.</returns>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
