namespace SocialRiskBot.Organization;

/// <summary>A department of the company: a stable id used in data and commands, and the name people read.</summary>
public sealed record Department(string Id, string Name)
{
    /// <summary>What it looks after in social-media risk, in a few words; null when not configured.</summary>
    public string? Remit { get; init; }

    /// <summary>The Teams team (a <c>19:…@thread…</c> id) whose members may act on this department's cases; null when not set up.</summary>
    public string? TeamId { get; init; }

    /// <summary>The channel of that team where new cases are posted; null when not set up (local development).</summary>
    public string? ChannelId { get; init; }

    /// <summary>Entra object ids of people who may act on this department's cases even outside its team.</summary>
    public IReadOnlyList<string> Responders { get; init; } = [];
}
