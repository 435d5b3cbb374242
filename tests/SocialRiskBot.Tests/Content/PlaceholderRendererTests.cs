using SocialRiskBot.Content;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Tests.Content;

/// <summary>Content names things by id; the card shows the configured words, so a rename never leaves an answer behind.</summary>
public class PlaceholderRendererTests
{
    private readonly PlaceholderRenderer _text = new(TestVocabulary.Create());

    [Fact]
    public void What_people_tap_or_type_is_bold_in_an_answer_and_quoted_in_a_choice()
    {
        const string Text = "Type {command:report}, choose {category:confidential-leak}, or take {module:account-security}.";

        Assert.Equal("Type **report**, choose **Private information was posted**, or take **Keeping company accounts safe**.", _text.Markdown(Text));
        Assert.Equal("Type \"report\", choose \"Private information was posted\", or take \"Keeping company accounts safe\".", _text.Plain(Text));
    }

    [Fact]
    public void Commands_render_as_the_words_the_bot_understands()
    {
        Assert.Equal("**my reports**", _text.Markdown("{command:my-reports}"));
        Assert.Equal("**stop reminders**", _text.Markdown("{command:stop-reminders}"));
    }

    [Fact]
    public void A_routing_statement_is_read_from_the_category_so_it_says_what_the_router_does()
    {
        Assert.Equal(
            "It goes to Legal & compliance, with IT security copied when personal data is involved, and Communications copied when journalists or lots of people are talking about it.",
            _text.Markdown("It {routing:confidential-leak}."));
        Assert.Equal("Legal & compliance", _text.Markdown("{owner:confidential-leak}"));
    }

    [Fact]
    public void A_critical_category_says_the_risk_committee_is_alerted_as_the_router_does()
    {
        Assert.Equal(
            "goes to Legal & compliance, with Communications copied, and the Social-media risk committee is alerted at once",
            _text.Plain("{routing:market-leak}"));
    }

    [Fact]
    public void A_department_copied_under_two_conditions_is_named_once()
    {
        var offensive = TestVocabulary.Leak with
        {
            Id = "offensive-post",
            OwnerId = "hr",
            Cc = [new("communications", CcCondition.OfficialAccount), new("hr", CcCondition.Always), new("communications", CcCondition.MediaAttention), new("it-security", CcCondition.Always)],
        };
        var text = new PlaceholderRenderer(TestVocabulary.Create([offensive, TestVocabulary.Other]));

        Assert.Equal(
            "goes to HR, with IT security copied, and Communications copied when one of our official accounts is involved, or when journalists or lots of people are talking about it",
            text.Plain("{routing:offensive-post}"));
    }

    [Fact]
    public void Renamed_and_rerouted_in_configuration_the_same_answer_follows()
    {
        var moved = TestVocabulary.Leak with { Label = "A leak", OwnerId = "hr", Cc = [] };
        var text = new PlaceholderRenderer(TestVocabulary.Create([moved, TestVocabulary.Other]));

        Assert.Equal("Choose **A leak**. It goes to HR.", text.Markdown("Choose {category:confidential-leak}. It {routing:confidential-leak}."));
    }

    [Fact]
    public void The_committee_is_every_department_but_itself_with_what_it_looks_after()
    {
        Assert.Equal(
            "Who sits on it:\n- **IT security**: hacked accounts\n- **Legal & compliance**: leaks and contracts\n- **Communications**\n- **HR**: conduct",
            _text.Markdown("Who sits on it:\n{committee}"));
        Assert.Equal(
            "IT security (hacked accounts); Legal & compliance (leaks and contracts); Communications; HR (conduct)",
            _text.Plain("{committee}"));
    }

    [Theory]
    [InlineData("**Bold** [link](https://evil.example) <at>Boss</at>\nnext", "Bold (link)(https://evil.example) ‹at›Boss‹/at› next")]
    [InlineData("- Dash _under_ `tick` #tag", "Dash under tick tag")]
    public void Configured_words_reach_a_markdown_card_as_plain_words_on_one_line(string configured, string shown)
    {
        var text = new PlaceholderRenderer(TestVocabulary.Create(departments: [new Department("hr", configured), new Department(DepartmentsOptions.RiskCommitteeId, "Committee")]));

        Assert.Equal(shown, text.Markdown("{department:hr}"));
        Assert.Equal(shown, CardSafeText.Of(configured));
    }

    [Fact]
    public void Text_without_placeholders_is_returned_as_it_is()
    {
        const string Text = "**Bold** stays bold: it is curated markdown.";

        Assert.Same(Text, _text.Markdown(Text));
    }

    [Fact]
    public void An_id_the_configuration_lacks_shows_as_itself_rather_than_failing_a_turn()
    {
        Assert.Equal("Choose **gone**, ask gone-too.", _text.Markdown("Choose {category:gone}, ask {department:gone-too}."));
    }
}
