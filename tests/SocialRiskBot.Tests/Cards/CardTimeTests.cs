using System.Text.Json.Nodes;
using SocialRiskBot.Cards;

namespace SocialRiskBot.Tests.Cards;

/// <summary>Times on cards reach Teams as RFC 3339 UTC stamps inside DATE/TIME functions, so each viewer reads their own local time.</summary>
public sealed class CardTimeTests
{
    [Fact]
    public void A_stamp_is_exactly_the_RFC_3339_UTC_form_Teams_formats_whatever_the_offset_it_was_taken_in()
    {
        var tokyo = new DateTimeOffset(2026, 12, 4, 1, 57, 9, TimeSpan.FromHours(9));

        Assert.Equal("2026-12-03T16:57:09Z", CardTime.Stamp(tokyo));
    }

    [Fact]
    public void Local_time_is_the_date_and_the_time_functions_of_one_stamp_with_no_spaces_inside_the_braces()
    {
        var at = new DateTimeOffset(2028, 2, 29, 23, 59, 0, TimeSpan.Zero);

        Assert.Equal("{{DATE(2028-02-29T23:59:00Z, SHORT)}} at {{TIME(2028-02-29T23:59:00Z)}}", CardTime.Local(at));
    }

    [Fact]
    public void Our_template_engine_passes_the_DATE_and_TIME_functions_through_untouched_around_a_bound_stamp()
    {
        var template = CardTemplate.Parse("t", """
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"Due {{DATE(${at}, SHORT)}} at {{TIME(${at})}}"},
              {"type":"FactSet","facts":[{"title":"Reported","value":"${reported}"}]}]}
            """);
        var data = new JsonObject
        {
            ["at"] = CardTime.Stamp(new DateTimeOffset(2026, 12, 3, 16, 57, 0, TimeSpan.Zero)),
            ["reported"] = CardTime.Local(new DateTimeOffset(2026, 12, 1, 8, 5, 0, TimeSpan.Zero)),
        };

        var card = template.Render(data);

        Assert.Equal("Due {{DATE(2026-12-03T16:57:00Z, SHORT)}} at {{TIME(2026-12-03T16:57:00Z)}}", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("{{DATE(2026-12-01T08:05:00Z, SHORT)}} at {{TIME(2026-12-01T08:05:00Z)}}", card["body"]![1]!["facts"]![0]!["value"]!.GetValue<string>());
    }
}
