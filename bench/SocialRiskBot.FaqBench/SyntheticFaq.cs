using System.Text;
using SocialRiskBot.Faq;

namespace SocialRiskBot.FaqBench;

/// <summary>
/// A large FAQ made of the real content's words and as many invented ones, in entries shaped like the real ones
/// (a question, twelve alternates, a 100-word answer, tags): to see how search time grows with the content.
/// </summary>
internal static class SyntheticFaq
{
    public static FaqContent Build(FaqContent real, int entries, int seed)
    {
        var random = new Random(seed);
        var words = Vocabulary(real, random);
        var list = new List<FaqEntry>(entries);
        for (var i = 0; i < entries; i++)
        {
            var template = real.Entries[i % real.Entries.Count];
            list.Add(template with
            {
                Id = $"synthetic-{i}",
                Question = Sentence(words, random, 8, 14) + "?",
                Alternates = [.. Enumerable.Range(0, 12).Select(_ => Sentence(words, random, 4, 10))],
                Answer = Sentence(words, random, 80, 120) + ".",
                Tags = [.. Enumerable.Range(0, 8).Select(_ => Sentence(words, random, 1, 2))],
                FollowUps = [],
            });
        }

        return new FaqContent(list, real.SynonymGroups);
    }

    /// <summary>Questions made of a random entry's words, some misspelt, with filler words around them.</summary>
    public static IEnumerable<string> Questions(FaqContent content, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var entry = content.Entries[random.Next(content.Entries.Count)];
            var words = entry.Alternates[random.Next(entry.Alternates.Count)].Split(' ').ToList();
            if (random.Next(3) == 0)
            {
                var w = random.Next(words.Count);
                words[w] = words[w].Length > 4 ? words[w].Remove(random.Next(1, words[w].Length - 1), 1) : words[w];
            }

            yield return "can I " + string.Join(' ', words) + " please";
        }
    }

    private static List<string> Vocabulary(FaqContent real, Random random)
    {
        var known = real.Entries.SelectMany(e => (e.Question + " " + e.Answer + " " + string.Join(' ', e.Alternates)).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string([.. w.Where(char.IsLetter)]).ToLowerInvariant()).Where(w => w.Length > 2).Distinct().ToList();
        const string Letters = "abcdefghijklmnopqrstuvwxyz";
        var invented = Enumerable.Range(0, known.Count * 4).Select(_ =>
        {
            var builder = new StringBuilder();
            for (var k = random.Next(4, 11); k > 0; k--)
            {
                builder.Append(Letters[random.Next(Letters.Length)]);
            }

            return builder.ToString();
        });
        return [.. known, .. invented];
    }

    /// <summary>Words drawn with a skew towards the front of the list, as real text reuses common words.</summary>
    private static string Sentence(List<string> words, Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => words[(int)(Math.Pow(random.NextDouble(), 2) * words.Count)]));
}
