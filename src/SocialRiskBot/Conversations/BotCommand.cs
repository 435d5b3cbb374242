using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Content;

namespace SocialRiskBot.Conversations;

public enum BotCommandKind
{
    Help,
    Train,
    Ask,
    Report,
    MyReports,
    Settings,
    SaveSettings,

    /// <summary>A button of a report card; <see cref="BotCommand.Argument"/> is the step (category, details, edit, submit, cancel).</summary>
    ReportCard,

    /// <summary>A button of a case card in a department channel.</summary>
    CaseCard,

    /// <summary>The reporter's answer to a relayed question (<c>relay.answer</c>).</summary>
    RelayCard,

    /// <summary>A button of an FAQ card (answer, Did you mean, topics, policy question); <see cref="BotCommand.Argument"/> is the action.</summary>
    FaqCard,
    Topics,
    FaqGaps,

    /// <summary>A button of a training card; <see cref="BotCommand.Argument"/> is the action (start, answer, next, …).</summary>
    TrainCard,
    Refresh,
    StopReminders,
    StartReminders,

    /// <summary><c>assign &lt;module&gt; to &lt;who&gt; by &lt;date&gt;</c> (admins); the argument is the rest of the text.</summary>
    Assign,
    TrainingReport,

    /// <summary><c>report incidents [yyyy-MM]</c> (admins); the argument is the month, if given.</summary>
    IncidentsReport,
    Cancel,
    Unknown,
}

/// <summary>
/// What the user asked for, from typed text ("ask can I…") or a card button (<c>value.command</c>). A card's
/// submitted values stay in <see cref="Payload"/> for the feature to read.
/// </summary>
public sealed record BotCommand(BotCommandKind Kind, string Argument)
{
    private const string ReportCardPrefix = "report.";
    private const string CaseCardPrefix = "case.";
    private const string FaqCardPrefix = "faq.";
    private const string TrainCardPrefix = "train.";
    private const string RelayCardPrefix = "relay.";

    /// <summary>Commands only card buttons send: they carry a form, never typed.</summary>
    private static readonly (string Name, BotCommandKind Kind)[] CardOnly =
    [
        ("settings.save", BotCommandKind.SaveSettings),
    ];

    private static readonly (string Word, BotCommandKind Kind)[] Words =
    [
        (ChatCommands.MyReports, BotCommandKind.MyReports),
        (ChatCommands.ReportTraining, BotCommandKind.TrainingReport),
        (ChatCommands.ReportIncidents, BotCommandKind.IncidentsReport),
        (ChatCommands.StopReminders, BotCommandKind.StopReminders),
        (ChatCommands.StartReminders, BotCommandKind.StartReminders),
        (ChatCommands.Refresh, BotCommandKind.Refresh),
        ("refresher", BotCommandKind.Refresh),
        (ChatCommands.Assign, BotCommandKind.Assign),
        (ChatCommands.FaqGaps, BotCommandKind.FaqGaps),
        (ChatCommands.Topics, BotCommandKind.Topics),
        ("browse topics", BotCommandKind.Topics),
        (ChatCommands.Help, BotCommandKind.Help),
        (ChatCommands.Train, BotCommandKind.Train),
        ("training", BotCommandKind.Train),
        ("quiz", BotCommandKind.Train),
        (ChatCommands.Ask, BotCommandKind.Ask),
        (ChatCommands.Report, BotCommandKind.Report),
        ("start", BotCommandKind.Help),
        (ChatCommands.Settings, BotCommandKind.Settings),
        (ChatCommands.Cancel, BotCommandKind.Cancel),
        ("?", BotCommandKind.Help),
    ];

    public static BotCommand From(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String)
        {
            var name = command.GetString()!;
            if (name.StartsWith(ReportCardPrefix, StringComparison.Ordinal))
            {
                return new BotCommand(BotCommandKind.ReportCard, name[ReportCardPrefix.Length..]) { Payload = value.Clone() };
            }

            if (name.StartsWith(CaseCardPrefix, StringComparison.Ordinal))
            {
                return new BotCommand(BotCommandKind.CaseCard, name[CaseCardPrefix.Length..]) { Payload = value.Clone() };
            }

            if (name.StartsWith(FaqCardPrefix, StringComparison.Ordinal))
            {
                return new BotCommand(BotCommandKind.FaqCard, name[FaqCardPrefix.Length..]) { Payload = value.Clone() };
            }

            if (name.StartsWith(TrainCardPrefix, StringComparison.Ordinal))
            {
                return new BotCommand(BotCommandKind.TrainCard, name[TrainCardPrefix.Length..]) { Payload = value.Clone() };
            }

            if (name.StartsWith(RelayCardPrefix, StringComparison.Ordinal))
            {
                return new BotCommand(BotCommandKind.RelayCard, name[RelayCardPrefix.Length..]) { Payload = value.Clone() };
            }

            var argument = value.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : string.Empty;
            var cardOnly = CardOnly.Where(c => string.Equals(c.Name, name, StringComparison.Ordinal)).Select(c => (BotCommandKind?)c.Kind).FirstOrDefault();
            var parsed = cardOnly is { } kind ? new BotCommand(kind, string.Empty) : Parse(name);
            return parsed with { Argument = argument.Trim(), Payload = value.Clone() };
        }

        return Parse(activity.TextWithoutMentions());
    }

    /// <summary>The values of the card that sent the command, if a card did.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>The first word(s) name the command, case-insensitively; the rest is its argument.</summary>
    public static BotCommand Parse(string text)
    {
        var trimmed = text.Trim().TrimEnd('!', '.');
        foreach (var (word, kind) in Words)
        {
            if (trimmed.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return new BotCommand(kind, string.Empty);
            }

            if (trimmed.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) && kind is BotCommandKind.Ask or BotCommandKind.Report or BotCommandKind.Assign or BotCommandKind.IncidentsReport)
            {
                return new BotCommand(kind, trimmed[(word.Length + 1)..].Trim());
            }
        }

        return new BotCommand(BotCommandKind.Unknown, trimmed);
    }
}
