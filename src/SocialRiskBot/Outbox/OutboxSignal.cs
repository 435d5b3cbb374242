namespace SocialRiskBot.Outbox;

/// <summary>Wakes the dispatcher as soon as something was committed, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal : Jobs.JobSignal;
