using System.Text.Json;
using Microsoft.Extensions.Options;
using SocialRiskBot.Faq;
using SocialRiskBot.Hosting;

namespace SocialRiskBot.Tests.Faq;

/// <summary>
/// The shipped FAQ against the dev set in tests/faq-dev (written apart from the content and never used to tune
/// the engine or fit its confidence), with the default thresholds. The floors are what the engine reaches on it,
/// rounded down: a change that makes answers worse fails here.
/// </summary>
public sealed class FaqAccuracyTests
{
    private static readonly FaqAnswerer Answerer = new(SharedFaq.ShippedLibrary, new StaticOptions(new FaqOptions()));

    [Fact]
    public void Clean_paraphrases_are_answered_outright_with_the_right_topic() =>
        AssertAnsweredRight("in-scope.jsonl", answeredFloor: 0.90, bestFloor: 0.95);

    [Fact]
    public void Phone_typed_questions_are_answered_outright_with_the_right_topic() =>
        AssertAnsweredRight("phone.jsonl", answeredFloor: 0.90, bestFloor: 0.93);

    [Fact]
    public void Out_of_scope_questions_get_no_answer()
    {
        var questions = Read("out-of-scope.jsonl");
        var answered = questions
            .Select(q => (q.Question, Decision: Decide(q.Question)))
            .Where(r => r.Decision.Kind == FaqDecisionKind.Answer)
            .Select(r => $"  \"{r.Question}\": {Describe(r.Decision)}")
            .ToList();

        var abstained = 1 - ((double)answered.Count / questions.Count);
        Assert.True(abstained >= 0.95, $"{abstained:P1} declined; answered anyway:\n{string.Join('\n', answered)}");
    }

    [Fact]
    public void The_dev_set_has_paraphrases_for_every_topic_and_100_out_of_scope_questions()
    {
        var perTopic = Read("in-scope.jsonl").GroupBy(q => q.Topic).ToDictionary(g => g.Key!, g => g.Count());
        var phone = Read("phone.jsonl").GroupBy(q => q.Topic).ToDictionary(g => g.Key!, g => g.Count());

        Assert.All(FaqTopics.All, t => Assert.True(perTopic.GetValueOrDefault(t) >= 5, $"{t}: {perTopic.GetValueOrDefault(t)} paraphrases"));
        Assert.All(FaqTopics.All, t => Assert.True(phone.GetValueOrDefault(t) >= 2, $"{t}: {phone.GetValueOrDefault(t)} phone-typed"));
        Assert.True(Read("out-of-scope.jsonl").Count >= 100);
    }

    private static void AssertAnsweredRight(string file, double answeredFloor, double bestFloor)
    {
        var results = Read(file).Select(q => (q.Question, Expected: q.Topic, Decision: Decide(q.Question))).ToList();
        var best = results.Count(r => r.Decision.Ranked.FirstOrDefault()?.Entry.Topic == r.Expected) / (double)results.Count;
        var missed = results.Where(r => r.Decision.Best?.Topic != r.Expected)
            .Select(r => $"  {r.Expected} ← \"{r.Question}\": {Describe(r.Decision)}").ToList();
        var answered = 1 - ((double)missed.Count / results.Count);

        Assert.True(best >= bestFloor, $"best entry of the right topic for {best:P1}");
        Assert.True(answered >= answeredFloor, $"{answered:P1} answered outright with the right topic; missed:\n{string.Join('\n', missed)}");
    }

    private static FaqDecision Decide(string question) => Answerer.DecideAsync(question, CancellationToken.None).GetAwaiter().GetResult();

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
