namespace SocialRiskBot.Hosting;

/// <summary>Something the bot builds after it starts listening; <c>/readyz</c> says 503 until every one is done.</summary>
public interface IReadinessCheck
{
    /// <summary>Null when ready; otherwise what is still being prepared.</summary>
    string? NotReadyBecause { get; }
}
