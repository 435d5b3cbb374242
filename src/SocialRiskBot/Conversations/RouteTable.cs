using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Every typed command, card action and invoke the bot answers, registered by the features (<see cref="RouteRegistration"/>),
/// and the steps around them: files first, then commands, then text for an open flow, then a question. Built once
/// when the bot starts; a name registered twice stops it with a message naming both features.
/// </summary>
/// <remarks>
/// A card names its action in <c>value.command</c>: its full name (<c>report.submit</c>), else its feature's other
/// actions (<c>report.*</c>), else a command word (<c>help</c>, or <c>ask</c> with the card's <c>question</c>). Typed
/// text names a command by its first words, in any case; the longest word that matches wins, so
/// <c>report incidents 2026-10</c> is the summary, not a report whose story is "incidents 2026-10".
/// </remarks>
public sealed class RouteTable
{
    /// <summary>The metric name of a message that names no command.</summary>
    public const string FreeTextMetric = "Unknown";

    internal const string AttachmentsStep = "The attachments step";
    internal const string OpenFlowStep = "The open-flow step";
    internal const string QuestionStep = "The question step";

    private readonly Dictionary<string, CardRoute> _cardActions = new(StringComparer.Ordinal);
    private readonly List<CardRoute> _otherCardActions = [];
    private readonly Dictionary<string, InvokeRoute> _invokes = new(StringComparer.Ordinal);
    private readonly CommandRoute[] _commands;

    public RouteTable(IEnumerable<RouteRegistration> registrations, IServiceProvider services)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var stepOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var invokeOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        var routes = new List<RouteInfo>();
        var commands = new List<CommandRoute>();
        foreach (var registration in registrations)
        {
            var builder = new FeatureRoutes(registration.Feature);
            registration.Register(builder, services);
            foreach (var route in builder.Commands.Select(c => c.Info).Concat(builder.CardActions.Select(c => c.Info)).Concat(builder.OtherCardActions.Select(c => c.Info)))
            {
                Claim(owners, route.Name, $"The route \"{route.Name}\"", route.Feature);
                routes.Add(route);
            }

            commands.AddRange(builder.Commands);
            _otherCardActions.AddRange(builder.OtherCardActions);
            foreach (var card in builder.CardActions)
            {
                _cardActions.Add(card.Match, card);
            }

            foreach (var invoke in builder.Invokes)
            {
                Claim(invokeOwners, invoke.Name, $"The invoke \"{invoke.Name}\"", invoke.Feature);
                _invokes.Add(invoke.Name, invoke);
            }

            Attachments = Step(stepOwners, AttachmentsStep, builder.Feature, Attachments, builder.AttachmentsStep);
            OpenFlow = Step(stepOwners, OpenFlowStep, builder.Feature, OpenFlow, builder.OpenFlowStep);
            Question = Step(stepOwners, QuestionStep, builder.Feature, Question, builder.QuestionStep);
        }

        _commands = [.. commands.OrderByDescending(c => c.Info.Name.Length)];
        Routes = routes;
    }

    /// <summary>Every command word and card action, in the order the features registered them.</summary>
    public IReadOnlyList<RouteInfo> Routes { get; }

    internal AttachmentsHandler? Attachments { get; }

    internal OpenFlowHandler? OpenFlow { get; }

    internal QuestionHandler? Question { get; }

    /// <summary>The invoke named <paramref name="name"/> (an invoke activity's <c>name</c>); null when no feature answers it.</summary>
    internal InvokeRoute? Invoke(string? name) => name is not null && _invokes.TryGetValue(name, out var invoke) ? invoke : null;

    /// <summary>The route <paramref name="activity"/> takes, with its card's values or the text after its command word.</summary>
    public RouteMatch Match(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String)
        {
            var name = command.GetString()!;
            if (CardActionNamed(name) is { } card)
            {
                var form = value.Clone();
                return new RouteMatch(card.Info, null, null, (turn, cancellationToken) => card.Run(turn, form, cancellationToken));
            }

            // A command word on a button carries its argument in the card's "question", never after the word.
            var question = value.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()!.Trim() : string.Empty;
            return CommandNamed(name) is { } named
                ? Command(named.Route, new CommandText(question, null))
                : Unmatched(new FreeText(question, activity.TextWithoutMentions().Trim()));
        }

        var typed = activity.TextWithoutMentions().Trim();
        return CommandNamed(typed) is { } found
            ? Command(found.Route, new CommandText(found.Argument, typed[found.Route.Info.Name.Length..].Trim()))
            : Unmatched(new FreeText(typed.TrimEnd('!', '.'), typed));
    }

    internal static InvalidOperationException Duplicate(string what, string first, string second) => new(first == second
        ? $"{what} is registered twice by {first}. Each command word, card action and step of the turn pipeline is registered once."
        : $"{what} is registered by both {first} and {second}. Each command word, card action and step of the turn pipeline belongs to one feature.");

    private CardRoute? CardActionNamed(string name) =>
        _cardActions.TryGetValue(name, out var exact) ? exact : _otherCardActions.Find(c => name.StartsWith(c.Match, StringComparison.Ordinal));

    private (CommandRoute Route, string Argument)? CommandNamed(string text)
    {
        var trimmed = text.Trim().TrimEnd('!', '.');
        foreach (var route in _commands)
        {
            if (trimmed.Equals(route.Info.Name, StringComparison.OrdinalIgnoreCase))
            {
                return (route, string.Empty);
            }

            if (route.TakesArgument && trimmed.StartsWith(route.ArgumentPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return (route, trimmed[route.ArgumentPrefix.Length..].Trim());
            }
        }

        return null;
    }

    private static RouteMatch Command(CommandRoute route, CommandText text) =>
        new(route.Info, text, null, (turn, cancellationToken) => route.Run(turn, text, cancellationToken));

    private static RouteMatch Unmatched(FreeText text) => new(null, null, text, null);

    private static void Claim(Dictionary<string, string> owners, string name, string what, string feature)
    {
        if (!owners.TryAdd(name, feature))
        {
            throw Duplicate(what, owners[name], feature);
        }
    }

    private static T? Step<T>(Dictionary<string, string> owners, string step, string feature, T? registered, T? added)
        where T : Delegate
    {
        if (added is null)
        {
            return registered;
        }

        Claim(owners, step, step, feature);
        return added;
    }
}
