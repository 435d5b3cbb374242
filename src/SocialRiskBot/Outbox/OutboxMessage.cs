using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Outbox;

/// <summary>
/// Something that must reach Teams, stored in the same batch as the state change that caused it.
/// <see cref="Purpose"/> and <see cref="Subject"/> tell the feature what was delivered (e.g. "case-card" of
/// "SMR-2026-0042"), so it can record the thread and message ids.
/// </summary>
public sealed record OutboxMessage(
    string Id,
    OutboxKind Kind,
    string ServiceUrl,
    string ConversationId,
    string? ActivityId,
    string? TenantId,
    Activity Activity,
    string Purpose,
    string Subject)
{
    public int Attempts { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public string? LastError { get; init; }

    /// <summary>Set when delivery was given up (recipient unreachable, request refused): kept for the audit, never retried.</summary>
    public bool Abandoned { get; init; }
}
