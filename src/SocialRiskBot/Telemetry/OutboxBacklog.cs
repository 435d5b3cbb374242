namespace SocialRiskBot.Telemetry;

/// <summary>What a delivery pass left waiting: how many messages, and how long the oldest has waited.</summary>
public sealed record OutboxBacklog(long Messages, TimeSpan OldestAge);
