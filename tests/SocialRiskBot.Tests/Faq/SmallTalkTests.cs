using SocialRiskBot.Faq;

namespace SocialRiskBot.Tests.Faq;

public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("hi", SmallTalkKind.Greeting)]
    [InlineData("Hello there!", SmallTalkKind.Greeting)]
    [InlineData("good morning 😊", SmallTalkKind.Greeting)]
    [InlineData("hey, how are you?", SmallTalkKind.Greeting)]
    [InlineData("thanks", SmallTalkKind.Thanks)]
    [InlineData("Thank you so much!!", SmallTalkKind.Thanks)]
    [InlineData("ok thanks, that helps", SmallTalkKind.Thanks)]
    [InlineData("great, cheers", SmallTalkKind.Thanks)]
    [InlineData("hi, can I post photos from the office?", SmallTalkKind.None)]
    [InlineData("thanks to a colleague our account was hacked", SmallTalkKind.None)]
    [InlineData("", SmallTalkKind.None)]
    public void Greetings_and_thanks_are_recognised_and_questions_are_not(string text, SmallTalkKind expected) =>
        Assert.Equal(expected, SmallTalk.Classify(text));
}
