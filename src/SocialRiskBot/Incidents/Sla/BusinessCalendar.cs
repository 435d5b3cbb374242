namespace SocialRiskBot.Incidents.Sla;

/// <summary>
/// Adds a target to a moment. Minutes and hours are elapsed time; business days are whole days in the
/// configured zone that skip Saturday and Sunday, so "1 business day" from Friday 14:00 is Monday 14:00, and a
/// case reported at the weekend starts counting on Monday at 00:00.
/// </summary>
public sealed class BusinessCalendar(TimeZoneInfo zone)
{
    public DateTimeOffset Add(DateTimeOffset from, SlaDuration duration) => duration.Unit switch
    {
        SlaUnit.Minutes => from.AddMinutes(duration.Amount),
        SlaUnit.Hours => from.AddHours(duration.Amount),
        _ => AddBusinessDays(from, duration.Amount),
    };

    private DateTimeOffset AddBusinessDays(DateTimeOffset from, int days)
    {
        var local = TimeZoneInfo.ConvertTime(from, zone).DateTime;
        if (IsWeekend(local))
        {
            local = local.Date;
            while (IsWeekend(local))
            {
                local = local.AddDays(1);
            }
        }

        for (var i = 0; i < days; i++)
        {
            local = local.AddDays(1);
            while (IsWeekend(local))
            {
                local = local.AddDays(1);
            }
        }

        return ToInstant(local);
    }

    private DateTimeOffset ToInstant(DateTime local)
    {
        // A clock time skipped by a daylight-saving change does not exist: take the moment just after the jump.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static bool IsWeekend(DateTime day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
