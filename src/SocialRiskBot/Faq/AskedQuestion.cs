using System.Globalization;
using System.Security.Cryptography;

namespace SocialRiskBot.Faq;

/// <summary>How a question was met: what content owners look at to find gaps.</summary>
public enum AskedOutcome
{
    /// <summary>Answered outright.</summary>
    Answered,

    /// <summary>"Did you mean…" was offered.</summary>
    DidYouMean,

    /// <summary>Nothing close: the honest fallback.</summary>
    NoAnswer,

    /// <summary>Opened from a follow-up or a topic, not typed.</summary>
    Browsed,
}

/// <summary>
/// A question an employee asked (or an entry they opened), what the bot made of it, their feedback, and, when
/// they asked the policy team, that conversation.
/// </summary>
public sealed record AskedQuestion(
    string Id,
    string Text,
    string AskerKey,
    DateTimeOffset AskedAt,
    AskedOutcome Outcome,
    string? EntryId,
    string? BestGuessId,
    double Confidence)
{
    /// <summary>The entry they picked from "Did you mean…".</summary>
    public string? PickedEntryId { get; init; }

    /// <summary>"None of these" on "Did you mean…".</summary>
    public bool RejectedSuggestions { get; init; }

    /// <summary>True for Helpful, false for Not helpful, null before they said.</summary>
    public bool? Helpful { get; init; }

    public PolicyTeamQuestion? PolicyTeam { get; init; }

    /// <summary>The entry shown for it, if any.</summary>
    public string? ShownEntryId => PickedEntryId ?? EntryId;

    /// <summary>What content owners should look at: nothing fitted, or what fitted did not help.</summary>
    public bool IsGap => Outcome == AskedOutcome.NoAnswer || RejectedSuggestions || Helpful == false
        || (Outcome == AskedOutcome.DidYouMean && PickedEntryId is null);

    /// <summary>Time-ordered, with the month first: the month is the storage partition.</summary>
    public static string NewId(DateTimeOffset at) =>
        $"{at.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture)}-{at.UtcTicks:x}{RandomNumberGenerator.GetHexString(6, lowercase: true)}";

    /// <summary>The month part of an id, or null when <paramref name="id"/> is not one of ours.</summary>
    public static string? MonthOf(string? id) =>
        id is { Length: > 8 } && id[6] == '-' && id[..6].All(char.IsAsciiDigit) && id[7..].All(char.IsAsciiHexDigitLower) ? id[..6] : null;
}

/// <summary>A question passed to a department's policy team, and their answer.</summary>
/// <param name="ServiceUrl">Where the department's channel is reached (for reminders in the thread).</param>
public sealed record PolicyTeamQuestion(string DepartmentId, string AskerName, DateTimeOffset SentAt, string ServiceUrl, string? TenantId)
{
    /// <summary>The channel thread the question card started, once delivered (replies and reminders go there).</summary>
    public string? ThreadConversationId { get; init; }

    public string? CardActivityId { get; init; }

    public string? Answer { get; init; }

    public string? AnsweredBy { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? RemindedAt { get; init; }

    public bool IsAnswered => Answer is not null;
}
