using Microsoft.Extensions.Options;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

/// <summary>
/// Decides, for a question, between answering, "Did you mean…" and an honest "I don't know". A question of one
/// word ("linkedin", "photos") is never answered outright: it fits many entries equally well, so the closest
/// ones are offered instead.
/// </summary>
public sealed class FaqAnswerer(FaqLibrary library, IOptionsMonitor<FaqOptions> options)
{
    public const int MaxSuggestions = 3;

    public async Task<FaqDecision> DecideAsync(string question, CancellationToken cancellationToken)
    {
        switch (SmallTalk.Classify(question))
        {
            case SmallTalkKind.Greeting:
                return FaqDecision.Of(FaqDecisionKind.Greeting);
            case SmallTalkKind.Thanks:
                return FaqDecision.Of(FaqDecisionKind.Thanks);
        }

        var evidence = await GatherAsync(question, cancellationToken).ConfigureAwait(false);
        return Decide(evidence, options.CurrentValue);
    }

    /// <summary>What the decision rests on; waits for the FAQ's vectors if they are still being built.</summary>
    public async Task<QuestionEvidence> GatherAsync(string question, CancellationToken cancellationToken)
    {
        var snapshot = library.Current;
        var vectors = await snapshot.Vectors.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        var encoded = library.Semantics.Encode(question, cancellationToken);
        return QuestionEvidence.Gather(snapshot.Index, vectors, encoded, question);
    }

    internal static FaqDecision Decide(QuestionEvidence evidence, FaqOptions thresholds)
    {
        var ranked = FaqRanking.Rank(evidence).Take(MaxSuggestions).ToList();
        if (ranked.Count > 0 && ranked[0].Confidence >= thresholds.AnswerThreshold && evidence.Words > 1)
        {
            return new FaqDecision(FaqDecisionKind.Answer, ranked, ranked);
        }

        var suggestions = ranked.Where(r => r.Confidence >= thresholds.SuggestThreshold).ToList();
        return new FaqDecision(suggestions.Count > 0 ? FaqDecisionKind.DidYouMean : FaqDecisionKind.NoAnswer, ranked, suggestions);
    }
}
