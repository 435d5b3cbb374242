namespace SocialRiskBot.Faq.Search;

/// <summary>
/// How likely it is that an entry answers the question, in [0,1]: a logistic model over <see cref="AnswerFeatures"/>,
/// fitted by <c>tools/faq/fit-confidence.py</c> on the tuning set only (in-scope and phone-typed questions
/// labelled by whether the best entry has the right topic, off-topic ones as wrong), so that the dev set stays a
/// fair test. The closeness to off-topic questions weighs most: a question as close to an IT or HR question as to
/// any entry is not answered. A question with a story around its ask is further from every short way of asking
/// than the bare ask would be, and closer to the entry's answer: the question's length and the answer's likeness
/// make up for it, so such questions are not held to the cosine of a one-line question. Refit when the content,
/// the model or the features change.
/// </summary>
public static class AnswerConfidence
{
    /// <summary>The longest questions of the tuning set have about this many words: length counts no further.</summary>
    public const int LongestFittedQuestion = 40;

    private const double Intercept = -8.753;
    private const double Asked = 0.749;
    private const double Words = 4.293;
    private const double OffTopicGap = 12.251;
    private const double Answered = 5.737;
    private const double Length = 1.046;

    public static double Of(AnswerFeatures f)
    {
        var z = Intercept
            + (Asked * f.Asked)
            + (Words * f.Words)
            + (OffTopicGap * f.OffTopicGap)
            + (Answered * f.Answered)
            + (Length * LengthOf(f.QuestionWords));
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The natural log of the question's word count, counted up to <see cref="LongestFittedQuestion"/>.</summary>
    public static double LengthOf(int questionWords) => Math.Log(Math.Clamp(questionWords, 1, LongestFittedQuestion));
}
