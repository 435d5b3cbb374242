namespace SocialRiskBot.Faq.Search;

/// <summary>
/// How likely it is that an entry answers the question, in [0,1]: a logistic model over <see cref="MatchFeatures"/>.
/// The weights were fitted by <c>tools/faq/fit-confidence.py</c> on the tuning set only (in-scope questions
/// labelled by whether the best entry has the right topic, out-of-scope ones as wrong), so that the dev set stays
/// a fair test; about 9 in 10 answers given with 0.9 are right. Refit when the content or the features change. Features that move together share
/// their weight, so a negative weight here only means "already counted by another feature".
/// </summary>
public static class FaqConfidence
{
    private const double Intercept = -4.602;
    private const double PhraseCoverage = -0.069;
    private const double EntryCoverage = 6.075;
    private const double TagCoverage = 0.776;
    private const double PhraseFit = 3.135;
    private const double Margin = -0.704;
    private const double TopicMargin = 2.116;

    public static double Of(MatchFeatures f)
    {
        var z = Intercept
            + (PhraseCoverage * f.PhraseCoverage)
            + (EntryCoverage * f.EntryCoverage)
            + (TagCoverage * f.TagCoverage)
            + (PhraseFit * f.PhraseFit)
            + (Margin * f.Margin)
            + (TopicMargin * f.TopicMargin);
        return 1 / (1 + Math.Exp(-z));
    }
}
