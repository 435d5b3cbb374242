using System.Numerics.Tensors;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

/// <summary>
/// Groups questions that mean the same thing: each joins the group whose first question is closest to it in
/// meaning, when close enough, or starts a group of its own.
/// </summary>
internal sealed class GapGrouping
{
    /// <summary>Cosine at which two questions count as one gap: paraphrases score above it, questions that only share a subject below.</summary>
    internal const float SameGap = 0.7f;

    /// <summary>Cosine with an entry's closest way of asking at which a group is worth adding to it as alternates.</summary>
    internal const float AlternateOf = 0.6f;

    /// <summary>Cosine below which no entry is named as close.</summary>
    internal const float Near = 0.35f;

    private readonly List<AskedQuestion> members = [];
    private readonly float[] centre;

    private GapGrouping(float[] centre) => this.centre = centre;

    public static List<GapGrouping> Group(IReadOnlyList<AskedQuestion> questions, ITextEncoder encoder, CancellationToken cancellationToken)
    {
        var groups = new List<GapGrouping>();
        var vectors = questions.Chunk(EmbeddingCache.BatchSize).SelectMany(batch => encoder.Encode([.. batch.Select(q => q.Text)], cancellationToken)).ToList();
        for (var i = 0; i < questions.Count; i++)
        {
            var home = groups.Select(g => (Group: g, Similarity: TensorPrimitives.Dot(g.centre, vectors[i])))
                .Where(g => g.Similarity >= SameGap).OrderByDescending(g => g.Similarity).Select(g => g.Group).FirstOrDefault();
            if (home is null)
            {
                home = new GapGrouping(vectors[i]);
                groups.Add(home);
            }

            home.members.Add(questions[i]);
        }

        return groups;
    }

    public FaqGap ToGap(IReadOnlyList<FaqEntry> entries, FaqVectors vectors)
    {
        var asked = vectors.Score(centre).Asked;
        var best = TensorPrimitives.IndexOfMax(asked);
        var closest = best >= 0 && asked[best] >= Near ? entries[best] : null;
        var advice = closest is null ? "a new entry: nothing in the FAQ is close"
            : asked[best] >= AlternateOf ? $"add as alternates of '{closest.Id}' if its answer fits, or a new entry in topic {closest.Topic}"
            : $"a new entry, perhaps in topic {closest.Topic} (closest: '{closest.Id}')";
        return new FaqGap(
            members.Count,
            members.Count(m => m.Helpful != false),
            members.Count(m => m.Helpful == false),
            [.. members.Select(m => m.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(FaqGap.MaxExamples)],
            closest,
            advice);
    }
}
