using SocialRiskBot.Faq;
using SocialRiskBot.Training;

namespace SocialRiskBot.Tests.Training;

/// <summary>The shipped modules meet the content rules, and the checker names file, line and problem for bad ones.</summary>
public sealed class TrainingContentTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-training-").FullName;

    [Fact]
    public void The_shipped_modules_cover_the_twelve_subjects_within_five_minutes()
    {
        var (modules, problems) = TrainingContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "content", "training"));

        Assert.Empty(problems);
        Assert.Equal(
            [
                "everyones-job", "official-vs-personal", "confidential-data", "account-security", "phishing-impersonation", "complaints-media", "vendors-agencies", "spot-and-report",
                "managers", "account-holders", "ai-deepfakes", "respect-and-safety",
            ],
            new TrainingCatalog(modules!).Modules.Select(m => m.Id));
        Assert.All(modules!, m =>
        {
            Assert.InRange(m.Minutes, 1, TrainingModule.MaxMinutes);
            Assert.True(m.Questions.Count >= TrainingModule.MinQuestions, $"{m.Id} has {m.Questions.Count} questions");
            Assert.All(m.Questions, q =>
            {
                Assert.InRange(q.Choices.Count, 2, 4);
                Assert.NotNull(FaqTopics.TitleOf(q.FaqTopic));
                Assert.NotEmpty(q.Explanation);
            });
        });
    }

    [Fact]
    public void A_sound_module_loads_with_a_version_that_follows_its_wording()
    {
        Write("demo", Module("demo", Questions(6)));
        var first = Assert.Single(TrainingContentLoader.Load(_folder).Modules!);
        Assert.Equal(80, first.PassMark);
        Assert.True(first.Passes(5, 6));
        Assert.False(first.Passes(4, 6));

        Write("demo", Module("demo", Questions(6)).Replace("Pick the right one", "Choose the right one", StringComparison.Ordinal));
        Assert.NotEqual(first.Version, Assert.Single(TrainingContentLoader.Load(_folder).Modules!).Version);
    }

    [Theory]
    [InlineData("id: other", "content/training/demo.yaml:2: the id 'other' must be the file's name ('demo')")]
    [InlineData("minutes: 9", "'minutes' is estimated minutes: a whole number from 1 to 5")]
    [InlineData("steps: [7]", "'7' is not a step of the strategy (1–6)")]
    [InlineData("correct: [z]", "'z' is not one of this question's choices")]
    [InlineData("correct: [a, b]", "at least one choice must be wrong")]
    [InlineData("faqTopic: cooking", "'cooking' is not an FAQ topic")]
    [InlineData("questions: 5", "give at least 6 questions; there are 5")]
    public void A_broken_module_is_refused_with_file_line_and_problem(string change, string problem)
    {
        var text = Module("demo", Questions(change == "questions: 5" ? 5 : 6));
        text = change switch
        {
            "id: other" => text.Replace("id: demo", "id: other", StringComparison.Ordinal),
            "minutes: 9" => text.Replace("minutes: 4", "minutes: 9", StringComparison.Ordinal),
            "steps: [7]" => text.Replace("steps: [4]", "steps: [7]", StringComparison.Ordinal),
            "correct: [z]" => text.Replace("correct: [b]", "correct: [z]", StringComparison.Ordinal),
            "correct: [a, b]" => text.Replace("correct: [b]", "correct: [a, b]", StringComparison.Ordinal),
            "faqTopic: cooking" => text.Replace("faqTopic: account-security", "faqTopic: cooking", StringComparison.Ordinal),
            _ => text,
        };
        Write("demo", text);

        var (modules, problems) = TrainingContentLoader.Load(_folder);

        Assert.Null(modules);
        Assert.Contains(problems, p => p.ToString().Contains(problem, StringComparison.Ordinal) && p.Line > 0);
    }

    [Fact]
    public void An_empty_folder_is_a_problem()
    {
        var (modules, problems) = TrainingContentLoader.Load(_folder);
        Assert.Null(modules);
        Assert.Contains("no training modules", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string id, string text) => File.WriteAllText(Path.Combine(_folder, id + ".yaml"), text);

    private static string Module(string id, string questions) => $"""
        # demo
        id: {id}
        title: A demo module
        summary: Shows the format.
        steps: [4]
        minutes: 4
        passMark: 80
        questions:
        {questions}
        """;

    private static string Questions(int count) => string.Join('\n', Enumerable.Range(1, count).Select(i => $"""
          - id: q{i}
            stem: Pick the right one ({i}).
            choices:
              - id: a
                text: Wrong
              - id: b
                text: Right
            correct: [b]
            explanation: Because b is right.
            faqTopic: account-security
        """));
}
