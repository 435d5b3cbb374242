namespace SocialRiskBot.Faq.Search;

/// <summary>
/// Rewrites every phrase of a synonym group to one canonical term, on both the indexed text and the question,
/// so "compromised", "taken over" and "hacked" meet. Phrases are matched on stems, longest first.
/// </summary>
public sealed class SynonymMap
{
    private readonly Dictionary<string, List<(string[] Stems, string Canonical)>> byFirstStem = new(StringComparer.Ordinal);

    public SynonymMap(IEnumerable<IReadOnlyList<string>> groups, FaqAnalyzer analyzer)
    {
        foreach (var group in groups)
        {
            var phrases = group.Select(analyzer.Stems).Where(s => s.Count > 0).ToList();
            if (phrases.Count < 2)
            {
                continue;
            }

            var canonical = string.Join('_', phrases[0]);
            foreach (var stems in phrases)
            {
                var list = byFirstStem.TryGetValue(stems[0], out var l) ? l : byFirstStem[stems[0]] = [];
                if (!list.Any(p => p.Stems.SequenceEqual(stems)))
                {
                    list.Add(([.. stems], canonical));
                }
            }
        }

        foreach (var list in byFirstStem.Values)
        {
            list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length));
        }
    }

    /// <summary>Every stem a synonym phrase is made of: the words a typo may be corrected towards.</summary>
    public IEnumerable<string> PhraseStems => byFirstStem.Values.SelectMany(l => l).SelectMany(p => p.Stems).Distinct(StringComparer.Ordinal);

    /// <summary>The stems with each synonym phrase replaced by its canonical term; weights follow their stems.</summary>
    public List<WeightedTerm> Canonicalize(IReadOnlyList<WeightedTerm> stems)
    {
        var result = new List<WeightedTerm>(stems.Count);
        for (var i = 0; i < stems.Count;)
        {
            var match = byFirstStem.TryGetValue(stems[i].Term, out var candidates)
                ? candidates.FirstOrDefault(p => Matches(stems, i, p.Stems))
                : default;
            if (match.Stems is null)
            {
                result.Add(stems[i]);
                i++;
                continue;
            }

            var weight = stems.Skip(i).Take(match.Stems.Length).Min(s => s.Weight);
            result.Add(new WeightedTerm(match.Canonical, weight));
            i += match.Stems.Length;
        }

        return result;
    }

    private static bool Matches(IReadOnlyList<WeightedTerm> stems, int start, string[] phrase)
    {
        if (start + phrase.Length > stems.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(stems[start + k].Term, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>A term of a question, and how much it counts: less than 1 when it was a typo we corrected.</summary>
public readonly record struct WeightedTerm(string Term, float Weight);
