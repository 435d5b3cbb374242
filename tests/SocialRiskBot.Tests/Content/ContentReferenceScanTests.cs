using SocialRiskBot.Content;
using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Content;

/// <summary>The checker over real files: every problem names the file, the line and what is wrong.</summary>
public sealed class ContentReferenceScanTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-refs-").FullName;

    public ContentReferenceScanTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "training"));
        File.WriteAllText(Path.Combine(_folder, "faq.yaml"), """
            entries:
              - id: leak-seen
                question: What if I see a leak?
                answer: |-
                  Don't share it.
                  Type {command:report} and choose {category:confidential-leak}.
                  It {routing:confidential-leak}.
              - id: plain-answer
                question: Another one?
                answer: Ask {department:hr} or {department:communications}.
            """);
        File.WriteAllText(Path.Combine(_folder, "training", "demo.yaml"), """
            id: demo
            title: A demo module
            summary: Shows the format.
            questions:
              - id: q1
                stem: |-
                  You see a leak.
                  What do you do?
                choices:
                  - id: a
                    text: Type {command:report}.
                  - id: b
                    text: Reply to it.
                explanation: Report it, so {owner:confidential-leak} can act.
            """);
    }

    [Fact]
    public void Sound_content_has_no_problems()
    {
        Assert.Empty(Check());
    }

    [Fact]
    public void Content_naming_a_category_the_configuration_removed_is_refused_with_file_and_line()
    {
        var problems = Check(TestVocabulary.Sources([TestVocabulary.Rumour, TestVocabulary.Other]));

        Assert.Equal(
        [
            "content/faq.yaml:6: answer: '{category:confidential-leak}': 'confidential-leak' is not a configured incident category (there are: market-leak, other)",
            "content/faq.yaml:7: answer: '{routing:confidential-leak}': 'confidential-leak' is not a configured incident category (there are: market-leak, other)",
            "content/training/demo.yaml:14: explanation: '{owner:confidential-leak}': 'confidential-leak' is not a configured incident category (there are: market-leak, other)",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_department_named_in_free_text_is_found_on_its_own_line_of_a_block()
    {
        Edit("faq.yaml", "Don't share it.", "Don't share it. Tell Legal & compliance.");
        Edit("training/demo.yaml", "What do you do?", "What does HR say?");
        Edit("training/demo.yaml", "text: Reply to it.", "text: Reply, then **tell** someone.");

        var problems = Check().Select(p => p.ToString()).ToList();

        Assert.Equal(3, problems.Count);
        Assert.StartsWith("content/faq.yaml:5: answer: names the department 'Legal & compliance' in free text", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("content/training/demo.yaml:8: stem: names the department 'HR' in free text", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("content/training/demo.yaml:13: text: this text is shown plain", problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_in_a_question_or_a_title_is_refused_where_it_stands()
    {
        Edit("faq.yaml", "question: Another one?", "question: What does {department:hr} do?");
        Edit("training/demo.yaml", "title: A demo module", "title: Talk to {department:hr}");

        var problems = Check().Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "content/faq.yaml:9: question: placeholders are not rendered here; write '{department:hr}' in words",
            "content/training/demo.yaml:2: title: placeholders are not rendered here; write '{department:hr}' in words",
        ], problems);
    }

    [Fact]
    public void Configured_advice_and_suggested_modules_are_checked_too_and_named_by_their_configuration_key()
    {
        var wordy = TestVocabulary.Leak with { Advice = ["Don't share it.", "Legal & compliance will call you."] };
        var modules = new Dictionary<string, string>(StringComparer.Ordinal) { ["confidential-leak"] = "data-basics", [IncidentCategory.OtherId] = string.Empty };

        var problems = Check(TestVocabulary.Sources([wordy, TestVocabulary.Other], suggestedModules: modules)).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "configuration: Incidents:Categories:0:Advice:1 (confidential-leak): names the department 'Legal & compliance' in free text; write {department:legal-compliance} so it follows the configuration",
            "configuration: Incidents:TrainingModules:confidential-leak: 'data-basics' is not a training module (there are: account-security)",
        ], problems);
    }

    [Fact]
    public void An_answer_that_configured_names_make_too_long_for_a_phone_is_refused()
    {
        var wordy = TestVocabulary.Sources(departments:
        [
            new("hr", "HR"), new("communications", "Communications"), new("it-security", "IT security"),
            new("legal-compliance", new string('L', 60)) { Remit = new string('r', 120) }, new("risk-committee", "Committee"),
            .. Enumerable.Range(1, 9).Select(i => new SocialRiskBot.Organization.Department($"d{i}", new string('D', 60)) { Remit = new string('r', 120) }),
        ]);
        Edit("faq.yaml", "Don't share it.", "Don't share it.\n      {committee}");

        var problem = Assert.Single(Check(wordy));

        Assert.StartsWith("content/faq.yaml:5: answer: with the configured names it is ", problem.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("characters; keep it to 1,200 so it reads on a phone", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_loaders_refuse_is_left_to_them()
    {
        File.WriteAllText(Path.Combine(_folder, "faq.yaml"), "entries:\n  - id: [unclosed\n");

        Assert.Empty(Check());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The scan of the test folder against <paramref name="sources"/> (the test configuration when null), as the bot runs it.</summary>
    private IReadOnlyList<ContentProblem> Check(IReadOnlyList<IContentSource>? sources = null)
    {
        sources ??= TestVocabulary.Sources();
        return ContentReferenceScan.Check(_folder, ContentVocabulary.From(sources), sources);
    }

    private void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
