using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Tests.Faq;

/// <summary>The index finds an entry however it is asked: other word forms, synonyms, typos; and is unsure about the unknown.</summary>
public sealed class FaqSearchTests : IDisposable
{
    private readonly FaqIndex _index = FaqIndex.Build(new FaqContent(
        [
            Entry("hacked", "hacked-account", "What do I do if a company social-media account is hacked?",
                "someone got into our instagram", "our company page posts spam", "i can't log in to the brand account any more"),
            Entry("photos", "photos-at-work", "Can I post photos taken in the office?",
                "selfie at my desk ok?", "can i share a picture of the team lunch", "is a whiteboard in the background a problem"),
            Entry("reviews", "employer-reviews", "May I review the company on Glassdoor?",
                "can i rate my employer online", "is an anonymous review of my job allowed", "writing about working here on indeed"),
            Entry("passwords", "account-security", "May I share the password of a company account with a colleague?",
                "can two of us use the same login", "give my password to the agency", "do we need two-factor on the brand page"),
        ],
        [["hacked", "compromised", "taken over"], ["photo", "picture", "pic"], ["glassdoor", "indeed", "employer review"]]));

    [Theory]
    [InlineData("posting pictures from the office", "photos")]
    [InlineData("our instagram was taken over", "hacked")]
    [InlineData("is the company instagram compromised if it posts spam", "hacked")]
    [InlineData("reviewing my employer on indeed", "reviews")]
    [InlineData("can I give my pasword to a colleage", "passwords")]
    [InlineData("some1 hackd our acount", "hacked")]
    public void Other_word_forms_synonyms_and_typos_find_the_entry(string question, string expected)
    {
        var best = _index.Search(question, 3);

        Assert.NotEmpty(best);
        Assert.Equal(expected, best[0].Entry.Id);
    }

    [Fact]
    public void A_question_asked_as_written_is_confident_and_an_unknown_one_is_not()
    {
        var known = FaqConfidence.Of(_index.Search("What do I do if a company social-media account is hacked?", 1)[0].Features);
        var unknown = _index.Search("how do I fix the printer on the third floor", 1);

        Assert.InRange(known, 0.8, 1.0);
        Assert.True(unknown.Count == 0 || FaqConfidence.Of(unknown[0].Features) < 0.3, "an unknown question should not look like an answer");
    }

    [Theory]
    [InlineData("")]
    [InlineData("?!")]
    [InlineData("can I do it?")]
    public void A_question_of_only_stop_words_finds_nothing(string question) => Assert.Empty(_index.Search(question, 3));

    [Fact]
    public void A_long_pasted_text_is_searched_without_failing()
    {
        var text = string.Join(' ', Enumerable.Repeat("someone posted our whiteboard photo and the password to the brand account", 200));
        var found = _index.Search(text, 3);

        Assert.InRange(found.Count, 1, 3);
        Assert.All(found, f => Assert.InRange(FaqConfidence.Of(f.Features), 0.0, 1.0));
    }

    [Theory]
    [InlineData("pasword", "password")]
    [InlineData("instagarm", "instagram")]
    [InlineData("vpn", null)]
    [InlineData("printer", null)]
    public void Spelling_is_corrected_only_towards_close_known_words(string typed, string? expected)
    {
        var corrector = new SpellingCorrector(new Dictionary<string, int> { ["password"] = 3, ["instagram"] = 5, ["print"] = 1, ["vpns"] = 1 });
        Assert.Equal(expected, corrector.Correct(typed));
    }

    public void Dispose() => _index.Dispose();

    private static FaqEntry Entry(string id, string topic, string question, params string[] alternates) =>
        new(id, topic, question, alternates, "An answer about " + topic + ".", "Social-media policy", "https://intranet.example.com/policy", "communications", [], []);
}
