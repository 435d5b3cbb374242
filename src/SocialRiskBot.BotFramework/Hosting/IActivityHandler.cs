namespace SocialRiskBot.BotFramework.Hosting;

/// <summary>The bot's logic for one inbound activity. Implemented by the application.</summary>
public interface IActivityHandler
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
