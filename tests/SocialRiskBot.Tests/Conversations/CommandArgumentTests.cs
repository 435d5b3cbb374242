using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Teams;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>A command's argument is read once, by its route, into the typed value its handler receives.</summary>
public sealed class CommandArgumentTests
{
    [Theory]
    [InlineData("", AssignCommandKind.Form, "", "", "")]
    [InlineData("account-security to marketing by 2026-12-15", AssignCommandKind.Assignment, "account-security", "marketing", "2026-12-15")]
    [InlineData("Account Security TO the social team BY 15 Dec", AssignCommandKind.Assignment, "Account Security", "the social team", "15 Dec")]
    [InlineData("account-security everyone", AssignCommandKind.Malformed, "", "", "")]
    public void Assign_reads_the_module_the_audience_and_the_due_date_as_written(string argument, AssignCommandKind kind, string module, string audience, string due)
    {
        Assert.Equal(new AssignCommand(kind, module, audience, due), AssignCommand.Parse(new CommandText(argument, argument)));
    }

    [Theory]
    [InlineData("", null, true)]
    [InlineData("2026-10", "2026-10-01", true)]
    [InlineData("October", null, false)]
    [InlineData("2026-13", null, false)]
    public void Report_incidents_reads_a_month_or_none(string argument, string? first, bool readable)
    {
        var expected = new IncidentsMonth(first is null ? null : DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), readable);

        Assert.Equal(expected, IncidentsMonth.Parse(new CommandText(argument, argument)));
    }

    [Theory]
    [InlineData("Someone copied our logo", "Someone copied our logo!", "Someone copied our logo!")]
    [InlineData("", "!", null)]
    [InlineData("", "", null)]
    [InlineData("from a card", null, null)]
    public void A_report_story_is_what_was_typed_after_the_word_and_a_card_brings_none(string argument, string? typed, string? story)
    {
        Assert.Equal(story, TypedStory.Of(new CommandText(argument, typed)));
    }
}
