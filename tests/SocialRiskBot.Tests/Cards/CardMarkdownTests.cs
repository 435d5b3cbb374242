using SocialRiskBot.Cards;

namespace SocialRiskBot.Tests.Cards;

/// <summary>Curated answers written a paragraph or list item per line keep their shape in a card's Markdown.</summary>
public sealed class CardMarkdownTests
{
    [Fact]
    public void A_closing_paragraph_after_a_list_is_set_apart_instead_of_continuing_the_last_bullet()
    {
        const string answer = "If you are not on the list:\n- Don't post as the company.\n- Don't ask for a login.\nSpeaking for the company is a role.";

        Assert.Equal(
            "If you are not on the list:\n\n- Don't post as the company.\n- Don't ask for a login.\n\nSpeaking for the company is a role.",
            CardMarkdown.Blocks(answer));
    }

    [Fact]
    public void Paragraphs_on_their_own_lines_stay_paragraphs_and_a_numbered_list_stays_one_list()
    {
        const string answer = "First.\r\nSecond.\n1. One\n2) Two\n\n\nLast.  ";

        Assert.Equal("First.\n\nSecond.\n\n1. One\n2) Two\n\nLast.", CardMarkdown.Blocks(answer));
    }

    [Fact]
    public void A_single_paragraph_is_unchanged_and_emphasis_is_not_taken_for_a_list()
    {
        Assert.Equal("Only **registered** people post.", CardMarkdown.Blocks("Only **registered** people post."));
        Assert.Equal("**Bold** start\n\n*not a list*", CardMarkdown.Blocks("**Bold** start\n*not a list*"));
    }

    [Theory]
    [InlineData("Type `my reports` and tap Add files", "Type my reports and tap Add files")]
    [InlineData("Press ``Skip`` then **Report**", "Press Skip then Report")]
    [InlineData("Only _you_ and __them__", "Only you and them")]
    [InlineData("snake_case_name stays, 2 * 3 * 4 stays", "snake_case_name stays, 2 * 3 * 4 stays")]
    [InlineData("A lone ` backtick stays", "A lone ` backtick stays")]
    public void Plain_text_for_a_choice_drops_Markdown_marks_but_keeps_the_words_and_ordinary_symbols(string choice, string shown)
    {
        Assert.Equal(shown, CardMarkdown.Plain(choice));
    }
}
