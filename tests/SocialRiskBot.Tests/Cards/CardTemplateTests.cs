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

    [Fact]
    public void A_data_list_repeats_the_object_for_each_item_with_its_index_and_the_root_still_reachable()
    {
        var template = CardTemplate.Parse("t", """
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"${title}"},
              {"$data":"${cases}","type":"TextBlock","id":"case-${$index}","text":"${$root.title}: ${name} (${count})"}]}
            """);
        var card = template.Render(JsonNode.Parse("""{"title":"Open","cases":[{"name":"Leak","count":2},{"name":"Hack","count":1}]}""")!);

        Assert.Equal(
            """[{"type":"TextBlock","text":"Open"},{"type":"TextBlock","id":"case-0","text":"Open: Leak (2)"},{"type":"TextBlock","id":"case-1","text":"Open: Hack (1)"}]""",
            card["body"]!.ToJsonString());
    }

    [Fact]
    public void A_data_object_becomes_the_context_of_its_element_and_an_empty_list_renders_nothing()
    {
        var template = CardTemplate.Parse("t", """
            {"body":[{"$data":"${reporter}","type":"Container","items":[{"type":"TextBlock","text":"${name}"}]},
                     {"$data":"${none}","type":"TextBlock","text":"${x}"}]}
            """);
        var card = template.Render(JsonNode.Parse("""{"reporter":{"name":"Sam"},"none":[]}""")!);

        Assert.Equal("""[{"type":"Container","items":[{"type":"TextBlock","text":"Sam"}]}]""", card["body"]!.ToJsonString());
    }

    [Fact]
    public void When_keeps_an_element_only_for_true_and_is_evaluated_per_repeated_item()
    {
        var template = CardTemplate.Parse("t", """
            {"body":[{"$when":"${urgent}","type":"TextBlock","text":"Urgent"},
                     {"$when":"${!urgent}","type":"TextBlock","text":"Calm"},
                     {"$data":"${items}","$when":"${done}","type":"TextBlock","text":"${name}"}]}
            """);
        var card = template.Render(JsonNode.Parse("""{"urgent":false,"items":[{"name":"a","done":true},{"name":"b","done":false}]}""")!);

        Assert.Equal("""[{"type":"TextBlock","text":"Calm"},{"type":"TextBlock","text":"a"}]""", card["body"]!.ToJsonString());
    }

    [Fact]
    public void A_when_on_something_that_is_not_true_or_false_fails_loudly()
    {
        var template = CardTemplate.Parse("t", """{"body":[{"$when":"${name}","type":"TextBlock","text":"x"}]}""");
        var error = Assert.Throws<CardTemplateException>(() => template.Render(JsonNode.Parse("""{"name":"Sam"}""")!));
        Assert.Contains("$.body[0].$when", error.Message, StringComparison.Ordinal);
        Assert.Contains("true/false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_or_an_object_inside_text_fails_loudly_instead_of_printing_nonsense()
    {
        var template = CardTemplate.Parse("t", """{"body":[{"type":"TextBlock","text":"Hi ${name}"}]}""");
        Assert.Throws<CardTemplateException>(() => template.Render(JsonNode.Parse("""{"name":null}""")!));
        Assert.Throws<CardTemplateException>(() => template.Render(JsonNode.Parse("""{"name":{"first":"x"}}""")!));
    }

    [Theory]
    [InlineData("""{"body":[{"type":"TextBlock","text":"${if(x, 'a', 'b')}"}]}""", "$.body[0].text")]
    [InlineData("""{"body":[{"type":"TextBlock","text":"${items[0]}"}]}""", "$.body[0].text")]
    [InlineData("""{"body":[{"type":"TextBlock","text":"${$root.$index}"}]}""", "$.body[0].text")]
    [InlineData("""{"body":[{"type":"TextBlock","text":"${!flag}"}]}""", "$.body[0].text")]
    [InlineData("""{"body":[{"type":"TextBlock","text":"broken ${name"}]}""", "$.body[0].text")]
    [InlineData("""{"body":[{"$data":"items","type":"TextBlock"}]}""", "$.body[0].$data")]
    [InlineData("""{"body":[{"$data":"${!items}","type":"TextBlock"}]}""", "$.body[0].$data")]
    [InlineData("""{"body":[{"$when":"${count(items) > 0}","type":"TextBlock"}]}""", "$.body[0].$when")]
    [InlineData("""{"body":[{"$when":"${a} and ${b}","type":"TextBlock"}]}""", "$.body[0].$when")]
    [InlineData("""{"body":[{"$comment":"x","type":"TextBlock"}]}""", "$.body[0].$comment")]
    public void Templating_beyond_our_subset_is_refused_naming_the_template_and_the_path(string json, string path)
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

    [Fact]
    public void A_card_without_data_is_rendered_once_and_a_card_with_data_each_time_from_its_own()
    {
        var renderer = CardRenderer.LoadFrom(Path.Combine(AppContext.BaseDirectory, "cards"));

        var help = renderer.Render(new HelpCard()).Content.ToString();
        var alex = renderer.Render(new WelcomeCard("Alex")).Content.ToString();
        var sam = renderer.Render(new WelcomeCard("Sam")).Content.ToString();

        Assert.Equal(help, renderer.Render(new HelpCard()).Content.ToString());
        Assert.Contains("Alex", alex, StringComparison.Ordinal);
        Assert.Contains("Sam", sam, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", sam, StringComparison.Ordinal);
    }
}
