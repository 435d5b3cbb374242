namespace SocialRiskBot.Outbox;

/// <summary>Where a message of kind <see cref="OutboxKind.SendToAddress"/> goes: one book per address scheme.</summary>
public interface IOutboxAddressBook
{
    /// <summary>The part of an address before the first colon, e.g. <c>reporter</c>.</summary>
    string Scheme { get; }

    /// <param name="key">The address after the scheme and colon.</param>
    /// <returns>The person's chat; null when they cannot be reached (the message is then given up).</returns>
    Task<OutboxAddress?> ResolveAsync(string key, CancellationToken cancellationToken);
}

/// <summary>A conversation the connector can send to.</summary>
public sealed record OutboxAddress(string ServiceUrl, string ConversationId, string? TenantId);
