using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.Tests.Faq;

/// <summary>What the sentence model is given: one line of words, shorthand spelt out, bounded.</summary>
public sealed class EncoderTextTests
{
    [Theory]
    [InlineData("can I post\non\tlinkedin   about  my job", "can I post on linkedin about my job")]
    [InlineData("café’s résumé 🙈 policy", "cafe's resume policy")]
    [InlineData("ppl trashing us on fb rn, should i say smth", "people trashing us on facebook right now, should i say something")]
    [InlineData("how 2 report a post 4 the team", "how to report a post for the team")]
    [InlineData("what's 2+2 and 4 x 5", "what's 2+2 and 4 x 5")]
    [InlineData("2fa on the co-worker's acct", "2fa on the co-worker's account")]
    public void Text_is_one_line_of_plain_words(string typed, string prepared) => Assert.Equal(prepared, EncoderText.Prepare(typed));

    [Fact]
    public void A_long_text_is_cut_at_a_word_before_the_limit()
    {
        var prepared = EncoderText.Prepare(string.Concat(Enumerable.Repeat("policy ", 1000)));

        Assert.True(prepared.Length <= EncoderText.MaxChars);
        Assert.EndsWith("policy", prepared, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_puts_paraphrases_closer_than_unrelated_questions_and_gives_unit_vectors()
    {
        var encoder = SharedFaq.Semantics.Encoder;
        var v = encoder.Encode(["can I say where I work on linkedin", "may I mention my employer on my LinkedIn profile", "the printer on floor 3 is jammed"], CancellationToken.None);

        Assert.All(v, x => Assert.Equal(1f, System.Numerics.Tensors.TensorPrimitives.Norm(x), 3));
        Assert.True(System.Numerics.Tensors.TensorPrimitives.Dot(v[0], v[1]) > System.Numerics.Tensors.TensorPrimitives.Dot(v[0], v[2]) + 0.3f);
    }
}
