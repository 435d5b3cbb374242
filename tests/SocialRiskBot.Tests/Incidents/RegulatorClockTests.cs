using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Teams;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>The regulator clock on a case card: a deadline counted in hours from the report, in UTC like every time on the card.</summary>
public sealed class RegulatorClockTests
{
    [Fact]
    public void Seventy_two_hours_after_a_Saturday_morning_report_is_Tuesday_morning()
    {
        var reported = new DateTimeOffset(2026, 3, 14, 8, 52, 0, TimeSpan.Zero);

        Assert.Equal(
            "Regulator clock: 72 hours from this report. Decide whether the regulator must be told by Tue 17 Mar 2026, 08:52 UTC.",
            CaseCardComposer.NotificationDeadline(reported, 72));
    }

    [Fact]
    public void The_clock_counts_elapsed_hours_across_a_leap_day_and_shows_them_in_UTC_whatever_the_reporter_offset()
    {
        var reported = new DateTimeOffset(2028, 2, 28, 23, 30, 0, TimeSpan.FromHours(2));

        Assert.EndsWith("by Thu 2 Mar 2028, 21:30 UTC.", CaseCardComposer.NotificationDeadline(reported, 72), StringComparison.Ordinal);
    }
}
