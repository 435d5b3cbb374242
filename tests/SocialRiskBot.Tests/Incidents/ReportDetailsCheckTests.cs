using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>What a reporter types is accepted as they meant it, or they are told kindly what to fix.</summary>
public class ReportDetailsCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);

    private static ReportDetailsInput Input(
        string? platform = "instagram", string? link = null, string? date = null, string? time = null,
        string? what = "Our Instagram account posted crypto ads and we can't log in.", string? urgency = null,
        bool personalData = false) =>
        new(platform, link, date, time, what, StillVisible: true, personalData, OfficialAccount: true, MediaAttention: false, urgency);

    [Fact]
    public void A_complete_report_is_accepted_with_its_facts_and_noticed_now_when_no_time_is_given()
    {
        var (details, problem) = ReportDetailsCheck.Check(Input(link: "https://instagram.com/p/abc", urgency: "high", personalData: true), "Europe/London", Now);

        Assert.Null(problem);
        Assert.Equal("instagram", details!.PlatformId);
        Assert.Equal("https://instagram.com/p/abc", details.Link);
        Assert.Equal(Now, details.NoticedAt);
        Assert.Equal(new IncidentFacts(true, true, true, false, Severity.High), details.Facts);
    }

    [Fact]
    public void The_time_noticed_is_read_in_the_reporters_time_zone()
    {
        var (details, _) = ReportDetailsCheck.Check(Input(date: "2026-11-23", time: "08:30"), "America/New_York", Now);

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 13, 30, 0, TimeSpan.Zero), details!.NoticedAt.ToUniversalTime());
    }

    [Fact]
    public void Text_around_what_happened_is_trimmed_but_its_characters_are_kept_as_typed()
    {
        var typed = "  [click](https://evil.example) **bold** <at>x</at> \u202Eevil  ";
        var (details, _) = ReportDetailsCheck.Check(Input(what: typed), null, Now);

        Assert.Equal(typed.Trim(), details!.WhatHappened);
    }

    [Theory]
    [InlineData(null, "Please tell us what happened")]
    [InlineData("   ", "Please tell us what happened")]
    public void Nothing_in_what_happened_is_refused(string? what, string expected)
    {
        Assert.StartsWith(expected, ReportDetailsCheck.Check(Input(what: what), null, Now).Problem);
    }

    [Fact]
    public void Over_2000_characters_is_refused_saying_how_long_it_is()
    {
        var (details, problem) = ReportDetailsCheck.Check(Input(what: new string('a', 2001)), null, Now);

        Assert.Null(details);
        Assert.Contains("2,000", problem, StringComparison.Ordinal);
        Assert.Contains("2,001", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example/leak.zip")]
    [InlineData("instagram.com/p/abc")]
    [InlineData("file:///etc/passwd")]
    public void A_link_that_is_not_a_web_address_is_refused(string link)
    {
        Assert.Contains("https://", ReportDetailsCheck.Check(Input(link: link), null, Now).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("myspace", null, null, null, "where it happened")]
    [InlineData("x", "very", null, null, "how urgent")]
    [InlineData("x", null, "23/11/2026", null, "date")]
    [InlineData("x", null, "2026-11-23", "half past two", "date")]
    [InlineData("x", null, "2026-11-24", "10:00", "future")]
    public void Values_a_card_could_not_have_sent_are_refused_with_what_to_fix(string platform, string? urgency, string? date, string? time, string expected)
    {
        var (details, problem) = ReportDetailsCheck.Check(Input(platform: platform, urgency: urgency, date: date, time: time), "UTC", Now);

        Assert.Null(details);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void No_platform_means_somewhere_else_and_no_urgency_means_low()
    {
        var (details, _) = ReportDetailsCheck.Check(Input(platform: null, urgency: null), null, Now);

        Assert.Equal(Platforms.OtherId, details!.PlatformId);
        Assert.Equal(Severity.Low, details.Facts.ReporterUrgency);
    }
}
