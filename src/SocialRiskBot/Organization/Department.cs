namespace SocialRiskBot.Organization;

/// <summary>A department of the company: a stable id used in data and commands, and the name people read.</summary>
public sealed record Department(string Id, string Name);
