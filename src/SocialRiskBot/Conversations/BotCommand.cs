using System.Text.Json;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Conversations;

public enum BotCommandKind
{
    Help,
    Train,
    Ask,
    Report,
    MyReports,
    Unknown,
}

/// <summary>What the user asked for, from typed text ("ask can I…") or a card button (<c>value.command</c>).</summary>
public sealed record BotCommand(BotCommandKind Kind, string Argument)
{
    private static readonly (string Word, BotCommandKind Kind)[] Words =
    [
        ("my reports", BotCommandKind.MyReports),
        ("help", BotCommandKind.Help),
        ("train", BotCommandKind.Train),
        ("training", BotCommandKind.Train),
        ("quiz", BotCommandKind.Train),
        ("ask", BotCommandKind.Ask),
        ("report", BotCommandKind.Report),
        ("hi", BotCommandKind.Help),
        ("hello", BotCommandKind.Help),
        ("hey", BotCommandKind.Help),
        ("start", BotCommandKind.Help),
        ("?", BotCommandKind.Help),
    ];

    public static BotCommand From(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("command", out var command) && command.ValueKind == JsonValueKind.String)
        {
            var argument = value.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : string.Empty;
            return Parse(command.GetString()!) with { Argument = argument.Trim() };
        }

        return Parse(activity.TextWithoutMentions());
    }

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

            if (trimmed.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) && kind is BotCommandKind.Ask or BotCommandKind.Report)
            {
                return new BotCommand(kind, trimmed[(word.Length + 1)..].Trim());
            }
        }

        return new BotCommand(BotCommandKind.Unknown, trimmed);
    }
}
