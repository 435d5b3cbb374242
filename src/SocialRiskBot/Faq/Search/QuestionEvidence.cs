namespace SocialRiskBot.Faq.Search;

/// <summary>
/// Everything the FAQ knows about one question: how alike it is in meaning to each entry and to the off-topic
/// questions, and what the word index found (BM25 with its confidence features), for every entry it matched.
/// </summary>
/// <param name="Words">How many words the question has, as typed.</param>
public sealed partial record QuestionEvidence(IReadOnlyList<FaqEntry> Entries, MeaningScores Meaning, IReadOnlyList<FaqCandidate> Lexical, int Words)
{
    public static QuestionEvidence Gather(FaqIndex index, FaqVectors vectors, ReadOnlySpan<float> question, string text) =>
        new(index.Entries, vectors.Score(question), index.Search(text, index.Entries.Count), Word().Count(text));

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial System.Text.RegularExpressions.Regex Word();
}
