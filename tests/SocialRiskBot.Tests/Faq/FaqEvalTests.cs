using SocialRiskBot.Cli;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Tests.Faq;

/// <summary>The line format of <c>faq eval</c>, which outside judges parse, and how it treats bad input.</summary>
public sealed class FaqEvalTests
{
    private static readonly FaqEntry Entry = new("who-may-post", "official-accounts", "Who may post?", ["a", "b", "c"], "Answer.", "Policy", "https://x.example", "communications", [], []);

    [Fact]
    public void An_answer_prints_its_id_topic_and_score()
    {
        var decision = new FaqDecision(FaqDecisionKind.Answer, [Ranked(0.87654)], [Ranked(0.87654)]);

        Assert.Equal("{\"q\": \"who can post \\\"for\\\" us?\", \"answerId\": \"who-may-post\", \"topic\": \"official-accounts\", \"score\": 0.8765}",
            FaqEvalLine.Format("who can post \"for\" us?", decision, explain: false));
    }

    [Theory]
    [InlineData(FaqDecisionKind.DidYouMean)]
    [InlineData(FaqDecisionKind.NoAnswer)]
    public void Not_answering_outright_prints_nulls_with_the_confidence(FaqDecisionKind kind)
    {
        var decision = new FaqDecision(kind, [Ranked(0.31)], kind == FaqDecisionKind.DidYouMean ? [Ranked(0.31)] : []);

        Assert.Equal("{\"q\": \"café ☕\", \"answerId\": null, \"topic\": null, \"score\": 0.31}", FaqEvalLine.Format("café ☕", decision, explain: false));
    }

    [Fact]
    public async Task Blank_lines_are_skipped_and_a_bad_line_is_named()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(path, ["{\"q\": \"one\"}", "", "{\"q\": \"two\", \"topic\": \"x\"}"]);
            var (questions, problem) = await FaqEvalInput.ReadAsync(path, CancellationToken.None);
            Assert.Null(problem);
            Assert.Equal(["one", "two"], questions);

            await File.WriteAllLinesAsync(path, ["{\"q\": \"one\"}", "{\"question\": \"two\"}"]);
            (questions, problem) = await FaqEvalInput.ReadAsync(path, CancellationToken.None);
            Assert.Empty(questions);
            Assert.StartsWith($"{path}:2: expected a JSON object with a string \"q\"", problem, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static RankedEntry Ranked(double confidence) => new(Entry, confidence, default(AnswerFeatures));
}
