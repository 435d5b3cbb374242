using SocialRiskBot.Content;

namespace SocialRiskBot.Tests.Content;

/// <summary>Each rule of the checker, on one text at a time.</summary>
public class ContentReferenceCheckTests
{
    private readonly ContentReferenceCheck _check = new(TestVocabulary.Create());

    [Theory]
    [InlineData("Choose {category:hacked}.", "'{category:hacked}': 'hacked' is not a configured incident category (there are: confidential-leak, market-leak, other)")]
    [InlineData("Ask {department:legal}.", "'{department:legal}': 'legal' is not a configured department")]
    [InlineData("Type {command:status}.", "'{command:status}': 'status' is not a configured command")]
    [InlineData("Take {module:deepfakes}.", "'{module:deepfakes}': 'deepfakes' is not a configured training module")]
    [InlineData("It {routing:gone}.", "'gone' is not a configured incident category")]
    [InlineData("Ask {team:hr}.", "'team' is not a kind of placeholder (use category, owner, routing, department, command, module and committee)")]
    [InlineData("Ask {department}.", "'{department}' needs an id")]
    [InlineData("{committee:hr}", "'{committee:hr}' takes no id: write {committee}")]
    [InlineData("They are: {committee}", "{committee} renders a list: put it on a line of its own")]
    [InlineData("Ask {Department:HR}.", "'{Department:HR}' is not a placeholder")]
    [InlineData("Ask {department:hr.", "a '{' without its '}'")]
    [InlineData("Ask HR}.", "a '}' without its '{'")]
    public void A_reference_that_does_not_resolve_is_named_with_what_is_wrong(string text, string problem)
    {
        Assert.Contains(_check.Problems(text, TextRole.Markdown), p => p.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Tell hr at once.", "names the department 'HR' in free text; write {department:hr}")]
    [InlineData("Legal & Compliance will call.", "names the department 'Legal & compliance' in free text; write {department:legal-compliance}")]
    [InlineData("Communications' team answers.", "names the department 'Communications'")]
    [InlineData("Then choose private information was posted.", "quotes the category 'Private information was posted' in free text; write {category:confidential-leak}")]
    [InlineData("Take Keeping company accounts safe soon.", "names the module 'Keeping company accounts safe' in free text; write {module:account-security}")]
    [InlineData("Type `report` here.", "backticks show as they are in Teams; write a command as {command:report}")]
    [InlineData("Type **my reports** here.", "write the command as {command:my-reports}")]
    public void A_name_in_free_text_where_a_reference_belongs_is_refused(string text, string problem)
    {
        var found = Assert.Single(_check.Problems(text, TextRole.Markdown));
        Assert.Contains(problem, found.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Our human resources team", TextRole.Markdown)]
    [InlineData("Threads, chrome and thrills", TextRole.Markdown)]
    [InlineData("Ask {department:hr} or {department:legal-compliance}, then type {command:report}.", TextRole.Markdown)]
    [InlineData("Say so in **bold**, with the {category:other} box.", TextRole.Markdown)]
    [InlineData("{committee}", TextRole.Plain)]
    public void Words_that_only_contain_a_name_and_sound_references_pass(string text, TextRole role)
    {
        Assert.Empty(_check.Problems(text, role));
    }

    [Fact]
    public void A_choice_is_plain_text_so_markdown_in_it_is_refused()
    {
        Assert.Contains(_check.Problems("Tap **Send** now", TextRole.Plain), p => p.Message.Contains("shown plain", StringComparison.Ordinal));
    }

    [Fact]
    public void A_question_or_a_title_is_shown_as_written_so_a_placeholder_there_is_refused()
    {
        var problem = Assert.Single(_check.Problems("What does {department:hr} do?", TextRole.Unrendered));
        Assert.Equal("placeholders are not rendered here; write '{department:hr}' in words", problem.Message);
    }

    [Fact]
    public void Each_problem_knows_where_it_stands_in_the_text()
    {
        var problems = _check.Problems("First line.\nTell HR and {department:nobody}.", TextRole.Markdown);

        Assert.Equal([17, 24], problems.Select(p => p.Index));
    }
}
