namespace SocialRiskBot.Profiles;

/// <summary>
/// What an employee chose about themselves. <see cref="Version"/> grows with every save; a settings card
/// carries the version it was made from, so a stale or replayed card changes nothing.
/// </summary>
public sealed record UserProfile(string UserKey, string? DepartmentId, bool RemindersOn, int Version)
{
    public static UserProfile New(string userKey) => new(userKey, null, RemindersOn: true, Version: 0);
}
