using SocialRiskBot.Evidence;

namespace SocialRiskBot.Tests.Evidence;

public sealed class EvidenceFileNameTests
{
    [Theory]
    [InlineData("holiday photo.png", "holiday photo.png")]
    [InlineData("../../etc/passwd.png", "passwd.png")]
    [InlineData(@"C:\Users\alex\Desktop\proof.jpg", "proof.jpg")]
    [InlineData("invoice\u202Egnp.exe", "invoicegnp.exe")]
    [InlineData("a\u0000b\u200Bc\u0007.pdf", "abc.pdf")]
    [InlineData("two\r\nlines.png", "two lines.png")]
    [InlineData("  lots   of\tspace .png ", "lots of space .png")]
    public void Names_lose_their_path_and_invisible_characters(string sent, string shown) =>
        Assert.Equal(shown, EvidenceFileName.Sanitise(sent, FileTypes.Png));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u202E\u200B")]
    [InlineData("..")]
    [InlineData("folder/")]
    public void A_name_with_nothing_left_falls_back_to_a_plain_one(string? sent)
    {
        Assert.Equal("screenshot.png", EvidenceFileName.Sanitise(sent, FileTypes.Png));
        Assert.Equal("document.pdf", EvidenceFileName.Sanitise(sent, FileTypes.Pdf));
    }

    [Fact]
    public void A_long_name_is_cut_to_100_characters_keeping_its_extension_and_whole_emoji()
    {
        // 95 characters are left for the stem: the emoji would straddle the 95th, so it goes whole.
        var shown = EvidenceFileName.Sanitise(new string('x', 94) + "😀😀😀.jpeg", FileTypes.Jpeg);

        Assert.Equal(new string('x', 94) + ".jpeg", shown);
        Assert.Equal(new string('y', 96) + ".pdf", EvidenceFileName.Sanitise(new string('y', 200) + ".pdf", FileTypes.Pdf));
    }
}
