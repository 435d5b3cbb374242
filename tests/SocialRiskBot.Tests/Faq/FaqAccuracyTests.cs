using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialRiskBot.Faq;
using SocialRiskBot.Hosting;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Tests.Faq;

/// <summary>
/// The shipped FAQ against the dev set in tests/faq-dev (written apart from the content, never used to write
/// it), with the default thresholds: the best entry has the right topic for at least 90% of in-scope paraphrases,
/// and at least 85% of out-of-scope questions are not answered outright.
/// </summary>
public sealed class FaqAccuracyTests
{
    private static readonly Lazy<FaqAnswerer> Answerer = new(() =>
    {
        var departments = DepartmentsOptions.Defaults.Select(d => d.Id).ToList();
        var library = new FaqLibrary(FaqLibrary.Load(Path.Combine(AppContext.BaseDirectory, "content"), departments));
        return new FaqAnswerer(library, new StaticOptions(new FaqOptions()));
    });

    [Fact]
    public void At_least_90_percent_of_in_scope_questions_find_an_entry_of_the_right_topic_first()
    {
        var questions = Read("in-scope.jsonl");
        var wrong = questions
            .Select(q => (q.Question, Expected: q.Topic, Decision: Answerer.Value.Decide(q.Question)))
            .Where(r => r.Decision.Ranked.FirstOrDefault()?.Entry.Topic != r.Expected)
            .Select(r => $"  {r.Expected} ← \"{r.Question}\": {Describe(r.Decision)}")
            .ToList();

        var accuracy = 1 - ((double)wrong.Count / questions.Count);
        Assert.True(accuracy >= 0.90, $"{accuracy:P1} right ({questions.Count - wrong.Count} of {questions.Count}); missed:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void At_least_85_percent_of_out_of_scope_questions_are_not_answered()
    {
        var questions = Read("out-of-scope.jsonl");
        var answered = questions
            .Select(q => (q.Question, Decision: Answerer.Value.Decide(q.Question)))
            .Where(r => r.Decision.Kind == FaqDecisionKind.Answer)
            .Select(r => $"  \"{r.Question}\": {Describe(r.Decision)}")
            .ToList();

        var abstained = 1 - ((double)answered.Count / questions.Count);
        Assert.True(abstained >= 0.85, $"{abstained:P1} declined; answered anyway:\n{string.Join('\n', answered)}");
    }

    [Fact]
    public void The_dev_set_has_at_least_3_paraphrases_per_topic_and_30_out_of_scope_questions()
    {
        var perTopic = Read("in-scope.jsonl").GroupBy(q => q.Topic).ToDictionary(g => g.Key!, g => g.Count());

        Assert.All(FaqTopics.All, t => Assert.True(perTopic.GetValueOrDefault(t) >= 3, $"{t}: {perTopic.GetValueOrDefault(t)} paraphrases"));
        Assert.True(Read("out-of-scope.jsonl").Count >= 30);
    }

    private static string Describe(FaqDecision decision) =>
        $"{decision.Kind} {decision.Ranked.FirstOrDefault()?.Entry.Id ?? "-"} ({decision.Confidence:0.00})";

    private static List<(string Question, string? Topic)> Read(string file)
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("run the tests from a checkout");
        return [.. File.ReadLines(Path.Combine(root, "tests", "faq-dev", file))
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("q").GetString()!, e.TryGetProperty("topic", out var t) ? t.GetString() : null))];
    }

    private sealed class StaticOptions(FaqOptions value) : IOptionsMonitor<FaqOptions>
    {
        public FaqOptions CurrentValue => value;

        public FaqOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<FaqOptions, string?> listener) => null;
    }
}
