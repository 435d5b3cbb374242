using System.Text.Json.Nodes;
using SocialRiskBot.Cards;

namespace SocialRiskBot.Tests.Cards;

/// <summary>Numbers inside text must read as the official (JavaScript) templating engine writes them.</summary>
public class JsNumberFormatTests
{
    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("1e3", "1000")]
    [InlineData("3", "3")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("0.1", "0.1")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("0.0000001", "1e-7")]
    [InlineData("12345678901234567890", "12345678901234567000")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1.5e300", "1.5e+300")]
    [InlineData("123.456", "123.456")]
    [InlineData("-0", "0")]
    public void A_number_inside_text_reads_like_javascript_would_write_it(string json, string expected)
    {
        var template = CardTemplate.Parse("t", """{"body":[{"type":"TextBlock","text":"n=${n}"}]}""");
        var card = template.Render(JsonNode.Parse($$"""{"n":{{json}}}""")!);
        Assert.Equal("n=" + expected, card["body"]![0]!["text"]!.GetValue<string>());
    }
}
