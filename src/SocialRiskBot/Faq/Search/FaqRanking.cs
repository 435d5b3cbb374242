namespace SocialRiskBot.Faq.Search;

/// <summary>
/// Orders the entries for a question by meaning first, with the answer's meaning and the word match as
/// tie-breakers (the weights chosen on the tuning set, see the README), and says how sure it is of each.
/// </summary>
public static class FaqRanking
{
    /// <summary>How much the answer's likeness counts next to the closest way of asking.</summary>
    internal const double AnswerWeight = 0.5;

    /// <summary>How much the word index's confidence counts next to the closest way of asking.</summary>
    internal const double WordWeight = 0.5;

    public static IEnumerable<RankedEntry> Rank(QuestionEvidence evidence)
    {
        var meaning = evidence.Meaning;
        var words = new double[evidence.Entries.Count];
        foreach (var candidate in evidence.Lexical)
        {
            words[candidate.Index] = FaqConfidence.Of(candidate.Features);
        }

        var fused = new double[words.Length];
        for (var e = 0; e < fused.Length; e++)
        {
            fused[e] = meaning.Asked[e] + (AnswerWeight * meaning.Answered[e]) + (WordWeight * words[e]);
        }

        return Enumerable.Range(0, fused.Length).OrderByDescending(e => fused[e]).ThenBy(e => e).Select(e =>
        {
            var features = new AnswerFeatures(
                Asked: meaning.Asked[e],
                Answered: meaning.Answered[e],
                Words: words[e],
                OffTopicGap: meaning.Asked[e] - meaning.OffTopic,
                TopicMargin: fused[e] - BestOfOtherTopics(evidence.Entries, fused, e),
                QuestionWords: evidence.Words,
                Lexical: evidence.Lexical.FirstOrDefault(c => c.Index == e)?.Features ?? default);
            return new RankedEntry(evidence.Entries[e], AnswerConfidence.Of(features), features);
        });
    }

    private static double BestOfOtherTopics(IReadOnlyList<FaqEntry> entries, double[] fused, int entry)
    {
        var best = double.NegativeInfinity;
        for (var e = 0; e < fused.Length; e++)
        {
            if (entries[e].Topic != entries[entry].Topic)
            {
                best = Math.Max(best, fused[e]);
            }
        }

        return double.IsNegativeInfinity(best) ? 0 : best;
    }
}
