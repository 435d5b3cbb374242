using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

/// <summary>
/// The sentence model and the on-disk cache of the FAQ's vectors, shared by every content version. The model is
/// loaded on first use (about a second), not when the host is built, so commands that never search do not pay.
/// The vectors of the last <paramref name="recentQuestions"/> questions are kept, so a question asked again is
/// not encoded again.
/// </summary>
public sealed class FaqSemantics(Func<ITextEncoder> loadEncoder, EmbeddingCache cache, int recentQuestions = FaqOptions.DefaultRecentQuestions)
{
    private readonly RecentQuestionVectors recent = new(recentQuestions);
    private readonly Lazy<ITextEncoder> encoder = new(loadEncoder, LazyThreadSafetyMode.ExecutionAndPublication);

    public ITextEncoder Encoder => encoder.Value;

    /// <summary>The vectors of <paramref name="content"/>, built in the background on first use.</summary>
    public Lazy<Task<FaqVectors>> VectorsOf(FaqContent content) =>
        new(() => Task.Run(() => FaqVectors.Build(content, Encoder, cache, CancellationToken.None)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A question's vector: the model runs (a few milliseconds of one core) unless it was asked recently. Do not change it.</summary>
    public float[] Encode(string question, CancellationToken cancellationToken) =>
        recent.GetOrEncode(question, text => Encoder.Encode([text], cancellationToken)[0]);
}
