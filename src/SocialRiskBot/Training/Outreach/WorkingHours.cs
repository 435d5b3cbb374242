using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.Training.Outreach;

/// <summary>
/// The user's local time, from the time zone their Teams client reports (IANA, e.g. Europe/London), and whether it
/// is inside working hours on a working day: the only time the bot messages anyone unprompted about training.
/// </summary>
public sealed class WorkingHours(IOptionsMonitor<TrainingOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, TimeZoneInfo?> _zones = new(StringComparer.Ordinal);

    public DateTimeOffset LocalNow(string? timeZone) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), ZoneOf(timeZone));

    public static DateOnly Day(DateTimeOffset local) => DateOnly.FromDateTime(local.DateTime);

    public bool IsOpen(DateTimeOffset local)
    {
        var settings = options.CurrentValue;
        return settings.WorkingDays.Contains(local.DayOfWeek) && local.TimeOfDay >= settings.WorkdayStart && local.TimeOfDay < settings.WorkdayEnd;
    }

    private TimeZoneInfo ZoneOf(string? id) =>
        (id is { Length: > 0 } ? _zones.GetOrAdd(id, Find) : null)
        ?? _zones.GetOrAdd(options.CurrentValue.DefaultTimeZone, Find)
        ?? TimeZoneInfo.Utc;

    private static TimeZoneInfo? Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
