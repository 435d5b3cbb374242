namespace SocialRiskBot.Faq.Search;

/// <summary>What the confidence that an entry answers a question rests on.</summary>
/// <param name="Asked">Cosine of the question with the entry's closest way of asking.</param>
/// <param name="Answered">Cosine of the question with the entry's answer.</param>
/// <param name="Words">The word index's confidence in the entry (0 when its words did not match).</param>
/// <param name="OffTopicGap">How much closer the question is to the entry than to the closest off-topic question.</param>
/// <param name="TopicMargin">How far the entry ranks ahead of the best entry of another topic.</param>
/// <param name="QuestionWords">How many words the question has, as typed.</param>
/// <param name="Lexical">The word match's own evidence, for <c>faq eval --explain</c>.</param>
public readonly record struct AnswerFeatures(double Asked, double Answered, double Words, double OffTopicGap, double TopicMargin, int QuestionWords, MatchFeatures Lexical);
