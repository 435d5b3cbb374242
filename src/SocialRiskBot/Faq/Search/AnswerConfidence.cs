namespace SocialRiskBot.Faq.Search;

/// <summary>
/// How likely it is that an entry answers the question, in [0,1]: a logistic model over <see cref="AnswerFeatures"/>,
/// fitted by <c>tools/faq/fit-confidence.py</c> on the tuning set only (in-scope and phone-typed questions
/// labelled by whether the best entry has the right topic, off-topic ones as wrong), so that the dev set stays a
/// fair test. The closeness to off-topic questions weighs most: a question as close to an IT or HR question as to
/// any entry is not answered. Refit when the content, the model or the features change.
/// </summary>
public static class AnswerConfidence
{
    private const double Intercept = -5.516;
    private const double Asked = 4.609;
    private const double Words = 3.117;
    private const double OffTopicGap = 12.2;

    public static double Of(AnswerFeatures f)
    {
        var z = Intercept + (Asked * f.Asked) + (Words * f.Words) + (OffTopicGap * f.OffTopicGap);
        return 1 / (1 + Math.Exp(-z));
    }
}
