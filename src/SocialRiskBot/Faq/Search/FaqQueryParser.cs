namespace SocialRiskBot.Faq.Search;

/// <summary>A question as index terms: stems, typos corrected towards words the FAQ uses, synonyms made one.</summary>
public sealed class FaqQueryParser(FaqAnalyzer analyzer, SynonymMap synonyms, SpellingCorrector spelling)
{
    /// <summary>Distinct terms; a word the FAQ never uses stays, so that it counts against the match.</summary>
    public IReadOnlyList<WeightedTerm> Parse(string question)
    {
        var stems = analyzer.Stems(question);
        var corrected = new List<WeightedTerm>(stems.Count);
        foreach (var stem in stems)
        {
            var known = spelling.Correct(stem);
            corrected.Add(known is null ? new WeightedTerm(stem, 1) : new WeightedTerm(known, known == stem ? 1 : SpellingCorrector.CorrectedWeight));
        }

        return synonyms.Canonicalize(corrected)
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .Select(g => g.MaxBy(t => t.Weight))
            .ToList();
    }
}
