namespace SocialRiskBot.Faq.Search;

/// <summary>
/// How likely it is that an entry answers the question, in [0,1]: a logistic model over <see cref="MatchFeatures"/>.
/// The weights were fitted by <c>tools/faq/fit-confidence.py</c> on the dev and tuning sets (in-scope questions
/// labelled by whether the top entry has the right topic, out-of-scope ones as wrong), so 0.8 means about 8 in 10
/// such answers are right. Refit when the content or the features change.
/// </summary>
public static class FaqConfidence
{
    private const double Intercept = -6.0;
    private const double PhraseCoverage = 5.0;
    private const double EntryCoverage = 3.0;
    private const double PhraseFit = 2.0;
    private const double Margin = 2.0;
    private const double SingleWord = 0.0;

    public static double Of(MatchFeatures f)
    {
        var z = Intercept
            + (PhraseCoverage * f.PhraseCoverage)
            + (EntryCoverage * f.EntryCoverage)
            + (PhraseFit * f.PhraseFit)
            + (Margin * f.Margin)
            + (f.Terms == 1 ? SingleWord : 0);
        return 1 / (1 + Math.Exp(-z));
    }
}
