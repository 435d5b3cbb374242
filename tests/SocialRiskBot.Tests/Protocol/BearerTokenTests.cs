using SocialRiskBot.BotFramework.Authentication;

namespace SocialRiskBot.Tests.Protocol;

public class BearerTokenTests
{
    [Theory]
    [InlineData("Bearer abc.def.ghi", "abc.def.ghi")]
    public void A_well_formed_header_yields_its_token(string header, string expected)
    {
        Assert.True(BearerToken.TryExtract(header, out var token));
        Assert.Equal(expected, token);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer abc")]
    [InlineData("Basic abc")]
    [InlineData("Bearer  abc")]
    [InlineData("Bearer abc def")]
    [InlineData("abc")]
    public void Anything_else_carries_no_identity(string? header)
    {
        Assert.False(BearerToken.TryExtract(header, out _));
    }
}
