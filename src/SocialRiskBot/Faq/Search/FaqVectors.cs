using System.Numerics.Tensors;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// The FAQ by meaning: a vector for every way of asking each entry (its question and alternates), for each
/// answer, and for each off-topic question of <c>content/off-topic.yaml</c>. Immutable once built; read from
/// any thread.
/// </summary>
public sealed class FaqVectors
{
    private readonly int width;
    private readonly float[] phrasings;
    private readonly int[] phrasingEntry;
    private readonly float[] answers;
    private readonly float[] offTopic;

    private FaqVectors(int width, float[] phrasings, int[] phrasingEntry, float[] answers, float[] offTopic, int encoded)
    {
        this.width = width;
        this.phrasings = phrasings;
        this.phrasingEntry = phrasingEntry;
        this.answers = answers;
        this.offTopic = offTopic;
        Encoded = encoded;
    }

    /// <summary>How many texts had to be encoded to build it (the rest came from the cache).</summary>
    public int Encoded { get; }

    public int EntryCount => answers.Length / width;

    /// <summary>Encodes what the cache lacks; a long build, meant for a background task.</summary>
    public static FaqVectors Build(FaqContent content, ITextEncoder encoder, EmbeddingCache cache, CancellationToken cancellationToken) =>
        Build(content, encoder.Dimensions, texts => cache.Get(encoder, texts, cancellationToken));

    /// <param name="vectorsOf">The vectors of the given texts, in order, and how many of them had to be encoded.</param>
    public static FaqVectors Build(FaqContent content, int width, Func<IReadOnlyList<string>, (float[][] Vectors, int Encoded)> vectorsOf)
    {
        var texts = new List<string>();
        var owners = new List<int>();
        for (var e = 0; e < content.Entries.Count; e++)
        {
            foreach (var phrasing in content.Entries[e].Alternates.Prepend(content.Entries[e].Question))
            {
                texts.Add(phrasing);
                owners.Add(e);
            }
        }

        var phrasingCount = texts.Count;
        texts.AddRange(content.Entries.Select(e => e.Answer));
        texts.AddRange(content.OffTopic);
        var (vectors, encoded) = vectorsOf(texts);
        return new FaqVectors(
            width,
            Flatten(vectors.AsSpan(0, phrasingCount), width),
            [.. owners],
            Flatten(vectors.AsSpan(phrasingCount, content.Entries.Count), width),
            Flatten(vectors.AsSpan(phrasingCount + content.Entries.Count), width),
            encoded);
    }

    /// <summary>How alike <paramref name="question"/> is to each entry and to the off-topic questions (cosines).</summary>
    public MeaningScores Score(ReadOnlySpan<float> question)
    {
        var entries = EntryCount;
        var asked = new float[entries];
        Array.Fill(asked, -1f);
        for (var p = 0; p < phrasingEntry.Length; p++)
        {
            var similarity = TensorPrimitives.Dot(question, phrasings.AsSpan(p * width, width));
            if (similarity > asked[phrasingEntry[p]])
            {
                asked[phrasingEntry[p]] = similarity;
            }
        }

        var answered = new float[entries];
        for (var e = 0; e < entries; e++)
        {
            answered[e] = TensorPrimitives.Dot(question, answers.AsSpan(e * width, width));
        }

        var offTopicBest = -1f;
        for (var o = 0; o < offTopic.Length / width; o++)
        {
            offTopicBest = Math.Max(offTopicBest, TensorPrimitives.Dot(question, offTopic.AsSpan(o * width, width)));
        }

        return new MeaningScores(asked, answered, offTopicBest);
    }

    private static float[] Flatten(ReadOnlySpan<float[]> vectors, int width)
    {
        var flat = new float[vectors.Length * width];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i].CopyTo(flat, i * width);
        }

        return flat;
    }
}

/// <summary>Cosines of a question with each entry's closest way of asking, with each answer, and with the closest off-topic question.</summary>
public sealed record MeaningScores(float[] Asked, float[] Answered, float OffTopic);
