using Microsoft.Extensions.Options;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Sla;

namespace SocialRiskBot.Tests.Incidents.Sla;

/// <summary>SLA targets as configuration words: parsed, refused with the key and the reason, and counted over weekends.</summary>
public sealed class SlaTargetsTests
{
    [Theory]
    [InlineData("15 minutes", 15, SlaUnit.Minutes)]
    [InlineData("1 hour", 1, SlaUnit.Hours)]
    [InlineData(" 3 Business Days ", 3, SlaUnit.BusinessDays)]
    [InlineData("1 business day", 1, SlaUnit.BusinessDays)]
    public void Targets_are_read_from_words(string text, int amount, SlaUnit unit)
    {
        Assert.True(SlaDuration.TryParse(text, out var duration));
        Assert.Equal(new SlaDuration(amount, unit), duration);
    }

    [Theory]
    [InlineData("2 weeks")]
    [InlineData("0 minutes")]
    [InlineData("-1 hours")]
    [InlineData("00:15:00")]
    [InlineData("1.5 hours")]
    [InlineData("")]
    public void Anything_else_stops_startup_naming_the_key_and_what_it_expects(string text)
    {
        var options = new SlaOptions();
        options.High.Resolve = text;

        var result = new SlaOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Equal($"Incidents:Sla:High:Resolve: '{text}' is not {SlaDuration.Expected}.", Assert.Single(result.Failures!));
    }

    [Fact]
    public void An_unknown_time_zone_stops_startup()
    {
        var result = new SlaOptionsValidator().Validate(null, new SlaOptions { TimeZone = "Mars/Olympus" });

        Assert.Contains("Incidents:Sla:TimeZone: 'Mars/Olympus'", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_15_minutes_1_hour_4_hours_1_business_day_to_acknowledge()
    {
        var policy = new SlaPolicy(Options.Create(new SlaOptions()));
        var at = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero); // Tuesday

        Assert.Equal(at.AddMinutes(15), policy.AcknowledgeBy(Severity.Critical, at));
        Assert.Equal(at.AddHours(1), policy.AcknowledgeBy(Severity.High, at));
        Assert.Equal(at.AddHours(4), policy.AcknowledgeBy(Severity.Medium, at));
        Assert.Equal(at.AddDays(1), policy.AcknowledgeBy(Severity.Low, at));
        Assert.Equal(at.AddHours(4), policy.ResolveBy(Severity.Critical, at));
        Assert.Equal("within 1 business day", policy.DescribeAcknowledge(Severity.Low));
        Assert.Equal("within 1 hour", policy.DescribeAcknowledge(Severity.High));
    }

    [Theory]
    [InlineData("2026-11-27T16:00:00", 1, "2026-11-30T16:00:00")] // Friday afternoon → Monday afternoon
    [InlineData("2026-11-26T09:00:00", 3, "2026-12-01T09:00:00")] // Thursday + 3 → Tuesday
    [InlineData("2026-11-28T10:00:00", 1, "2026-12-01T00:00:00")] // Saturday: counting starts Monday 00:00
    public void Business_days_skip_the_weekend_in_the_configured_zone(string fromLocal, int days, string expectedLocal)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var calendar = new BusinessCalendar(zone);
        var from = Local(zone, fromLocal);

        var due = calendar.Add(from, new SlaDuration(days, SlaUnit.BusinessDays));

        Assert.Equal(Local(zone, expectedLocal), due);
    }

    [Fact]
    public void A_weekend_in_a_far_zone_is_its_own_weekend_not_UTCs()
    {
        // Friday 23:00 UTC is already Saturday 08:00 in Tokyo: the day counts from Monday there.
        var calendar = new BusinessCalendar(TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo"));

        var due = calendar.Add(new DateTimeOffset(2026, 11, 27, 23, 0, 0, TimeSpan.Zero), new SlaDuration(1, SlaUnit.BusinessDays));

        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(9)), due);
    }

    private static DateTimeOffset Local(TimeZoneInfo zone, string text)
    {
        var local = DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
