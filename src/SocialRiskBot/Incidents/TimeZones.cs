namespace SocialRiskBot.Incidents;

/// <summary>The reporter's time zone from its IANA name (as Teams sends it), or UTC when unknown.</summary>
public static class TimeZones
{
    public static TimeZoneInfo Find(string? ianaId) =>
        !string.IsNullOrWhiteSpace(ianaId) && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset ToLocal(DateTimeOffset at, string? ianaId) => TimeZoneInfo.ConvertTime(at, Find(ianaId));
}
