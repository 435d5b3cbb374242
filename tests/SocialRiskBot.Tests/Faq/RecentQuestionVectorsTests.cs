using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Tests.Faq;

public sealed class RecentQuestionVectorsTests
{
    [Fact]
    public void A_question_asked_again_is_not_encoded_again()
    {
        var recent = new RecentQuestionVectors(capacity: 8);
        var encoded = new List<string>();
        float[] Encode(string text)
        {
            encoded.Add(text);
            return [text.Length];
        }

        var first = recent.GetOrEncode("can I say where I work on linkedin?", Encode);
        var again = recent.GetOrEncode("can I say where I work on linkedin?", Encode);

        Assert.Same(first, again);
        Assert.Equal(["can I say where I work on linkedin?"], encoded);
    }

    [Fact]
    public void Texts_the_encoder_sees_alike_share_one_vector()
    {
        var recent = new RecentQuestionVectors(capacity: 8);
        var encoded = 0;

        recent.GetOrEncode("can I  post\nabout it?", _ => [++encoded]);
        recent.GetOrEncode("can I post about it?", _ => [++encoded]);
        recent.GetOrEncode("can I post about this?", _ => [++encoded]);

        Assert.Equal(2, encoded);
    }

    [Fact]
    public void The_oldest_go_first_past_the_capacity()
    {
        var recent = new RecentQuestionVectors(capacity: 2);
        var encoded = new List<string>();
        float[] Encode(string text)
        {
            encoded.Add(text);
            return [encoded.Count];
        }

        recent.GetOrEncode("one", Encode);
        recent.GetOrEncode("two", Encode);
        recent.GetOrEncode("three", Encode);
        recent.GetOrEncode("three", Encode);
        recent.GetOrEncode("one", Encode);

        Assert.Equal(["one", "two", "three", "one"], encoded);
        Assert.Equal(2, recent.Count);
    }

    [Fact]
    public void A_capacity_of_zero_encodes_every_time()
    {
        var recent = new RecentQuestionVectors(capacity: 0);
        var encoded = 0;

        recent.GetOrEncode("photos", _ => [++encoded]);
        recent.GetOrEncode("photos", _ => [++encoded]);

        Assert.Equal(2, encoded);
        Assert.Equal(0, recent.Count);
    }
}
