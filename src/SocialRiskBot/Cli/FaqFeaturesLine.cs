using System.Globalization;
using System.Text.Json;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Cli;

/// <summary>
/// One line of <c>faq eval --features</c>, for fitting the confidence (tools/faq/fit-confidence.py): the raw
/// evidence for every entry, in content order — cosines with its closest way of asking and with its answer, the
/// closest off-topic question, and the word index's score and confidence features for the entries it matched.
/// </summary>
public static class FaqFeaturesLine
{
    public static string Header(IReadOnlyList<Faq.FaqEntry> entries) =>
        JsonSerializer.Serialize(new { entries = entries.Select(e => new[] { e.Id, e.Topic }) });

    public static string Format(string question, QuestionEvidence evidence)
    {
        return JsonSerializer.Serialize(new
        {
            q = question,
            words = evidence.Words,
            asked = evidence.Meaning.Asked.Select(Round),
            answered = evidence.Meaning.Answered.Select(Round),
            offTopic = Round(evidence.Meaning.OffTopic),
            lexical = evidence.Lexical.Select(c => new
            {
                entry = c.Index,
                score = Round(c.Score),
                phraseCoverage = Round(c.Features.PhraseCoverage),
                entryCoverage = Round(c.Features.EntryCoverage),
                tagCoverage = Round(c.Features.TagCoverage),
                phraseFit = Round(c.Features.PhraseFit),
                margin = Round(c.Features.Margin),
                topicMargin = Round(c.Features.TopicMargin),
            }),
        });
    }

    private static double Round(double value) => Math.Round(value, 4);

    private static double Round(float value) => Math.Round(value, 4);
}
