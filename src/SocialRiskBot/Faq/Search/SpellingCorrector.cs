namespace SocialRiskBot.Faq.Search;

/// <summary>
/// Typo tolerance: a question's stem the FAQ never uses is replaced by the closest stem it does use, within one
/// edit (two for long words; a swap of neighbours counts as one), preferring the more frequent word.
/// </summary>
public sealed class SpellingCorrector
{
    /// <summary>How much a corrected word counts against one typed right.</summary>
    public const float CorrectedWeight = 0.75f;

    private const int MinLength = 4;
    private readonly Dictionary<string, int> frequency;
    private readonly List<string>[] byLength;

    public SpellingCorrector(IReadOnlyDictionary<string, int> vocabulary)
    {
        frequency = new Dictionary<string, int>(vocabulary, StringComparer.Ordinal);
        var longest = frequency.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        byLength = Enumerable.Range(0, longest + 3).Select(_ => new List<string>()).ToArray();
        foreach (var word in frequency.Keys)
        {
            byLength[word.Length].Add(word);
        }
    }

    public bool Knows(string stem) => frequency.ContainsKey(stem);

    /// <summary>The stem itself when known, the closest known stem within reach, or null when none is close.</summary>
    public string? Correct(string stem)
    {
        if (Knows(stem))
        {
            return stem;
        }

        if (stem.Length < MinLength)
        {
            return null;
        }

        var maxEdits = stem.Length >= 8 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        for (var length = Math.Max(0, stem.Length - maxEdits); length <= Math.Min(byLength.Length - 1, stem.Length + maxEdits); length++)
        {
            foreach (var word in byLength[length])
            {
                var distance = EditDistance(stem, word, maxEdits);
                if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && frequency[word] > bestFrequency)))
                {
                    (best, bestDistance, bestFrequency) = (word, distance, frequency[word]);
                }
            }
        }

        return best;
    }

    /// <summary>Optimal-string-alignment distance, or a number above <paramref name="limit"/> once it is certain to exceed it.</summary>
    internal static int EditDistance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var previous2 = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }
}
