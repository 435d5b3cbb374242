using Microsoft.Extensions.Options;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Tests.Faq;

/// <summary>
/// The answer confidence does not hold a question with a story around its ask to the cosines of a one-line
/// question, and still declines what is closer to an off-topic question than to any entry, however long.
/// </summary>
public sealed class AnswerConfidenceTests
{
    private static readonly FaqOptions Defaults = new();

    [Fact]
    public void A_story_around_the_ask_does_not_lower_the_confidence_its_likeness_earns()
    {
        var bare = AnswerConfidence.Of(Features(asked: 0.62, answered: 0.45, questionWords: 9));
        var withStory = AnswerConfidence.Of(Features(asked: 0.62, answered: 0.45, questionWords: 34));

        Assert.True(withStory > bare, $"{withStory:0.000} with a story, {bare:0.000} without");
    }

    [Fact]
    public void Length_counts_no_further_than_the_longest_questions_it_was_fitted_on()
    {
        var longest = AnswerConfidence.Of(Features(asked: 0.5, answered: 0.4, questionWords: AnswerConfidence.LongestFittedQuestion));
        var pasted = AnswerConfidence.Of(Features(asked: 0.5, answered: 0.4, questionWords: 400));

        Assert.Equal(longest, pasted);
    }

    [Fact]
    public void A_long_question_as_close_to_an_off_topic_question_as_to_the_entry_is_not_answered()
    {
        var confidence = AnswerConfidence.Of(Features(asked: 0.5, answered: 0.4, questionWords: 60, offTopicGap: 0));

        Assert.True(confidence < Defaults.AnswerThreshold, $"{confidence:0.000}");
    }

    [Fact]
    public async Task A_long_question_is_answered_with_its_entry_and_a_long_off_topic_one_is_not()
    {
        var answerer = new FaqAnswerer(SharedFaq.ShippedLibrary, new StaticOptions(Defaults));

        var inScope = await answerer.DecideAsync(
            "Our graduate recruitment team is planning a big push on Instagram this autumn and would like a separate account "
            + "just for graduates. Who approves opening a new official account, and what do we need to do?",
            CancellationToken.None);
        var offTopic = await answerer.DecideAsync(
            "Our graduate recruitment team is moving to the new building in the autumn and we need six more desks and a "
            + "meeting room. Who do we ask to arrange that?",
            CancellationToken.None);

        Assert.Equal(FaqDecisionKind.Answer, inScope.Kind);
        Assert.Equal("new-accounts", inScope.Best!.Topic);
        Assert.NotEqual(FaqDecisionKind.Answer, offTopic.Kind);
    }

    private static AnswerFeatures Features(double asked, double answered, int questionWords, double offTopicGap = 0.2) =>
        new(asked, answered, Words: 0.5, offTopicGap, TopicMargin: 0.1, questionWords, Lexical: default);

    private sealed class StaticOptions(FaqOptions value) : IOptionsMonitor<FaqOptions>
    {
        public FaqOptions CurrentValue => value;

        public FaqOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<FaqOptions, string?> listener) => null;
    }
}
