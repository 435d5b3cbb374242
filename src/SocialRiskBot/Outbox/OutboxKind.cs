namespace SocialRiskBot.Outbox;

public enum OutboxKind
{
    /// <summary>A new message in an existing conversation (a personal chat, a case thread).</summary>
    Send,

    /// <summary>A new thread in a Teams channel, whose first message is the activity.</summary>
    StartChannelThread,

    /// <summary>Replace a message the bot sent earlier (a case card, for everyone in the channel).</summary>
    Update,

    /// <summary>
    /// A new message to a person named by an address (<c>scheme:key</c>, e.g. a case's reporter) that an
    /// <see cref="IOutboxAddressBook"/> turns into their chat when it is sent, so the row holds no conversation.
    /// </summary>
    SendToAddress,
}
