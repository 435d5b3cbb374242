using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Conversations;

/// <summary>The route an activity takes (<see cref="RouteTable.Match"/>): a command or card action, or text that names none.</summary>
public sealed class RouteMatch
{
    internal RouteMatch(RouteInfo? route, CommandText? command, FreeText? text, Func<TurnContext, CancellationToken, Task>? run)
    {
        Route = route;
        Command = command;
        Text = text;
        Run = run;
    }

    /// <summary>The command or card action; null when the message names none.</summary>
    public RouteInfo? Route { get; }

    /// <summary>The name metrics and the <c>bot.command</c> span tag use: the route's, or <see cref="RouteTable.FreeTextMetric"/>.</summary>
    public string Metric => Route?.Metric ?? RouteTable.FreeTextMetric;

    /// <summary>What follows a typed command's word; null for a card action or free text.</summary>
    public CommandText? Command { get; }

    /// <summary>The message, when it names no command.</summary>
    public FreeText? Text { get; }

    /// <summary>The route's handler with its argument or form; null when the message names no command.</summary>
    internal Func<TurnContext, CancellationToken, Task>? Run { get; }
}
