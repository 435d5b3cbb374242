using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Teams;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>The regulator clock on a case card: a deadline counted in hours from the report, carried in UTC and shown in each viewer's own time like every time on the card.</summary>
public sealed class RegulatorClockTests
{
    [Fact]
    public void Seventy_two_hours_after_a_Saturday_morning_report_is_Tuesday_morning()
    {
        var reported = new DateTimeOffset(2026, 3, 14, 8, 52, 0, TimeSpan.Zero);

        Assert.Equal(
            "Regulator clock: 72 hours from this report. Decide whether the regulator must be told by {{DATE(2026-03-17T08:52:00Z, SHORT)}} at {{TIME(2026-03-17T08:52:00Z)}}.",
            CaseCardComposer.NotificationDeadline(reported, 72));
    }

    [Fact]
    public void The_clock_counts_elapsed_hours_across_a_leap_day_and_shows_them_in_UTC_whatever_the_reporter_offset()
    {
        var reported = new DateTimeOffset(2028, 2, 28, 23, 30, 0, TimeSpan.FromHours(2));

        Assert.EndsWith("by {{DATE(2028-03-02T21:30:00Z, SHORT)}} at {{TIME(2028-03-02T21:30:00Z)}}.", CaseCardComposer.NotificationDeadline(reported, 72), StringComparison.Ordinal);
    }
}
