using System.Text.Json.Nodes;
using SocialRiskBot.Cards;

namespace SocialRiskBot.Tests.Cards;

public class CardTemplateTests
{
    [Fact]
    public void Expressions_bind_as_whole_values_keeping_their_type_and_inside_strings()
    {
        var template = CardTemplate.Parse("t", """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Hi ${name}, ${$root.count} new","maxLines":"${count}"}]}""");
        var card = template.Render(JsonNode.Parse("""{"name":"Alex","count":3}""")!);
        var block = card["body"]![0]!;
        Assert.Equal("Hi Alex, 3 new", block["text"]!.GetValue<string>());
        Assert.Equal(3, block["maxLines"]!.GetValue<int>());
    }

    [Fact]
    public void Rendering_twice_does_not_leak_data_between_cards()
    {
        var template = CardTemplate.Parse("t", """{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"${name}"}]}""");
        template.Render(JsonNode.Parse("""{"name":"First"}""")!);
        var second = template.Render(JsonNode.Parse("""{"name":"Second"}""")!);
        Assert.Equal("Second", second["body"]![0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"body":[{"$when":"${x}","type":"TextBlock"}]}""", "$.body[0].$when")]
    [InlineData("""{"body":[{"type":"TextBlock","text":"${if(x, 'a', 'b')}"}]}""", "$.body[0].text")]
    [InlineData("""{"body":{"$data":"${items}"}}""", "$.body.$data")]
    public void Unsupported_templating_is_refused_naming_the_template_and_the_path(string json, string path)
    {
        var error = Assert.Throws<CardTemplateException>(() => CardTemplate.Parse("broken", json));
        Assert.Contains("'broken'", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_data_fails_loudly_instead_of_showing_an_empty_card()
    {
        var template = CardTemplate.Parse("t", """{"body":[{"type":"TextBlock","text":"${name}"}]}""");
        var error = Assert.Throws<CardTemplateException>(() => template.Render(new JsonObject()));
        Assert.Contains("'name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_template_in_the_cards_folder_loads_and_every_card_model_has_one()
    {
        var renderer = CardRenderer.LoadFrom(Path.Combine(AppContext.BaseDirectory, "cards"));
        renderer.EnsureEveryModelHasItsTemplate();
        Assert.Contains("welcome", renderer.TemplateNames);
        Assert.Contains("help", renderer.TemplateNames);
    }
}
