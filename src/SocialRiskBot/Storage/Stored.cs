namespace SocialRiskBot.Storage;

/// <summary>A record as read, with the ETag to write it back with (null when it did not exist).</summary>
public sealed record Stored<T>(T Value, string? ETag);
