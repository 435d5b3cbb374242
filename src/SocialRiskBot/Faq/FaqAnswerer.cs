using Microsoft.Extensions.Options;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

/// <summary>
/// Decides, for a question, between answering, "Did you mean…" and an honest "I don't know". A question of one
/// meaningful word ("linkedin", "photos") is never answered outright: it fits many entries equally well, so the
/// closest ones are offered instead.
/// </summary>
public sealed class FaqAnswerer(FaqLibrary library, IOptionsMonitor<FaqOptions> options)
{
    public const int MaxSuggestions = 3;

    public FaqDecision Decide(string question)
    {
        switch (SmallTalk.Classify(question))
        {
            case SmallTalkKind.Greeting:
                return FaqDecision.Of(FaqDecisionKind.Greeting);
            case SmallTalkKind.Thanks:
                return FaqDecision.Of(FaqDecisionKind.Thanks);
        }

        var thresholds = options.CurrentValue;
        var ranked = library.Current.Index.Search(question, MaxSuggestions)
            .Select(c => new RankedEntry(c.Entry, FaqConfidence.Of(c.Features), c.Features))
            .ToList();
        if (ranked.Count > 0 && ranked[0].Confidence >= thresholds.AnswerThreshold && ranked[0].Features.Terms > 1)
        {
            return new FaqDecision(FaqDecisionKind.Answer, ranked, ranked);
        }

        var suggestions = ranked.Where(r => r.Confidence >= thresholds.SuggestThreshold).ToList();
        return new FaqDecision(suggestions.Count > 0 ? FaqDecisionKind.DidYouMean : FaqDecisionKind.NoAnswer, ranked, suggestions);
    }
}
