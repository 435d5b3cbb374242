using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Faq;

public enum FaqDecisionKind
{
    /// <summary>Confident: answer with <see cref="FaqDecision.Best"/>.</summary>
    Answer,

    /// <summary>Unsure: offer <see cref="FaqDecision.Suggestions"/> as "Did you mean…".</summary>
    DidYouMean,

    /// <summary>Nothing close: say so honestly and offer to rephrase, browse or ask the policy team.</summary>
    NoAnswer,

    Greeting,
    Thanks,
}

/// <summary>What the bot does with a question, and the confidence it is based on.</summary>
/// <param name="Ranked">The best entries found, best first, whatever their confidence.</param>
/// <param name="Suggestions">What to show: the answer first when answering, the "Did you mean…" choices, or none.</param>
public sealed record FaqDecision(FaqDecisionKind Kind, IReadOnlyList<RankedEntry> Ranked, IReadOnlyList<RankedEntry> Suggestions)
{
    public static FaqDecision Of(FaqDecisionKind kind) => new(kind, [], []);

    /// <summary>The entry to answer with, when answering outright.</summary>
    public FaqEntry? Best => Kind == FaqDecisionKind.Answer ? Suggestions[0].Entry : null;

    /// <summary>The confidence in the best entry found (0 when none was).</summary>
    public double Confidence => Ranked.Count > 0 ? Ranked[0].Confidence : 0;
}

/// <summary>An entry with the confidence that it answers the question.</summary>
public sealed record RankedEntry(FaqEntry Entry, double Confidence, AnswerFeatures Features);
