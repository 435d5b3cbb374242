using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Conversations;

/// <summary>
/// What one feature adds to the <see cref="RouteTable"/>: its typed commands by their words, its card actions by their
/// full names (<c>report.submit</c>), the invokes it answers (<c>task/fetch</c>), and the turn pipeline's fallbacks it answers. Each route has a metric name, a
/// small fixed set (<c>Help</c>, <c>ReportCard</c>) that metrics and the <c>bot.command</c> span tag use, never the
/// text or the card's values.
/// </summary>
public sealed class FeatureRoutes
{
    internal FeatureRoutes(string feature) => Feature = feature;

    internal string Feature { get; }

    internal List<CommandRoute> Commands { get; } = [];

    internal List<CardRoute> CardActions { get; } = [];

    internal List<CardRoute> OtherCardActions { get; } = [];

    internal List<InvokeRoute> Invokes { get; } = [];

    internal AttachmentsHandler? AttachmentsStep { get; private set; }

    internal OpenFlowHandler? OpenFlowStep { get; private set; }

    internal QuestionHandler? QuestionStep { get; private set; }

    /// <summary>A command typed as one of <paramref name="words"/> (any case), with nothing after it.</summary>
    public FeatureRoutes Command(IReadOnlyList<string> words, string metric, CommandHandler handler)
    {
        foreach (var word in words)
        {
            Commands.Add(new CommandRoute(Info(CheckedWord(word), metric), false, (turn, _, cancellationToken) => handler(turn, cancellationToken)));
        }

        return this;
    }

    /// <summary>
    /// A command typed as one of <paramref name="words"/>, alone or followed by an argument, which
    /// <paramref name="parse"/> reads once into what <paramref name="handler"/> receives.
    /// </summary>
    public FeatureRoutes Command<TArgument>(IReadOnlyList<string> words, string metric, Func<CommandText, TArgument> parse, CommandHandler<TArgument> handler)
    {
        foreach (var word in words)
        {
            Commands.Add(new CommandRoute(Info(CheckedWord(word), metric), true, (turn, text, cancellationToken) => handler(turn, parse(text), cancellationToken)));
        }

        return this;
    }

    /// <summary>The card action named exactly <paramref name="name"/> (<c>report.submit</c>).</summary>
    public FeatureRoutes CardAction(string name, string metric, CardActionHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        CardActions.Add(new CardRoute(Info(name, metric), name, handler));
        return this;
    }

    /// <summary>
    /// Every other card action named <c><paramref name="prefix"/>.…</c>: a button of an older card whose action is
    /// gone, answered by the feature rather than as an unknown command. Listed as <c>prefix.*</c>.
    /// </summary>
    public FeatureRoutes OtherCardActionsOf(string prefix, string metric, CardActionHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        OtherCardActions.Add(new CardRoute(Info(prefix + ".*", metric), prefix + ".", handler));
        return this;
    }

    /// <summary>
    /// The invoke named <paramref name="name"/> (<c>task/fetch</c>), whose answer Teams waits for. When its turn fails,
    /// <paramref name="failed"/> makes the answer that shows the apology; an invoke no feature answers gets 503.
    /// </summary>
    public FeatureRoutes Invoke(string name, InvokeHandler handler, InvokeFailedHandler failed)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(failed);
        Invokes.Add(new InvokeRoute(name, Feature, handler, failed));
        return this;
    }

    /// <summary>Takes a message's files before any command is read (the first step of the pipeline).</summary>
    public FeatureRoutes Attachments(AttachmentsHandler handler)
    {
        AttachmentsStep = AttachmentsStep is null ? handler : throw Twice(RouteTable.AttachmentsStep);
        return this;
    }

    /// <summary>Takes text that names no command while a flow of this feature waits for typed text.</summary>
    public FeatureRoutes OpenFlow(OpenFlowHandler handler)
    {
        OpenFlowStep = OpenFlowStep is null ? handler : throw Twice(RouteTable.OpenFlowStep);
        return this;
    }

    /// <summary>Answers text that names no command and that no open flow took.</summary>
    public FeatureRoutes Question(QuestionHandler handler)
    {
        QuestionStep = QuestionStep is null ? handler : throw Twice(RouteTable.QuestionStep);
        return this;
    }

    private InvalidOperationException Twice(string step) => RouteTable.Duplicate(step, Feature, Feature);

    private RouteInfo Info(string name, string metric)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metric);
        return new RouteInfo(name, metric, Feature);
    }

    /// <summary>A word as the table compares it: text is trimmed of spaces and a closing "!" or "." before it is read.</summary>
    private static string CheckedWord(string word) =>
        word.Length > 0 && word == word.Trim().TrimEnd('!', '.')
            ? word
            : throw new ArgumentException($"The command word \"{word}\" can never match: typed text loses its outer spaces and closing \"!\" or \".\" before it is read.", nameof(word));
}

/// <summary>One route of the <see cref="RouteTable"/>: the command word or card action it answers, the metric name it counts under and the feature that registered it.</summary>
public sealed record RouteInfo(string Name, string Metric, string Feature);

/// <summary>A typed command word; <paramref name="TakesArgument"/> when text may follow it.</summary>
internal sealed record CommandRoute(RouteInfo Info, bool TakesArgument, Func<TurnContext, CommandText, CancellationToken, Task> Run)
{
    public string ArgumentPrefix { get; } = Info.Name + " ";
}

/// <summary>A card action, or every action starting with <paramref name="Match"/> when it ends with ".".</summary>
internal sealed record CardRoute(RouteInfo Info, string Match, CardActionHandler Run);

/// <summary>An invoke (<c>task/fetch</c>) one feature answers, with the answer it gives when the turn fails.</summary>
internal sealed record InvokeRoute(string Name, string Feature, InvokeHandler Run, InvokeFailedHandler Failed);
