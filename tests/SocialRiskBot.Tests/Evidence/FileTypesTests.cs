using SocialRiskBot.Evidence;

namespace SocialRiskBot.Tests.Evidence;

public sealed class FileTypesTests
{
    public static TheoryData<string, string, string> Kept => new()
    {
        { "png", "image/png", "png" },
        { "jpeg", "image/jpeg", "jpg" },
        { "gif87a", "image/gif", "gif" },
        { "gif89a", "image/gif", "gif" },
        { "webp", "image/webp", "webp" },
        { "pdf", "application/pdf", "pdf" },
    };

    [Theory]
    [MemberData(nameof(Kept))]
    public void Each_kept_kind_is_recognised_by_its_first_bytes(string sample, string contentType, string extension)
    {
        var type = FileTypes.Sniff(Sample(sample));

        Assert.NotNull(type);
        Assert.Equal(contentType, type.ContentType);
        Assert.Equal(extension, type.Extension);
    }

    [Fact]
    public void A_screenshot_renamed_to_pdf_is_still_a_png_because_the_name_is_never_read()
    {
        // The sniffer takes bytes only: there is no way to hand it "evidence.pdf".
        Assert.Equal(FileTypes.Png, FileTypes.Sniff(SampleFiles.Png()));
    }

    [Fact]
    public void A_bitmap_is_refused() => Assert.Null(FileTypes.Sniff(SampleFiles.Bmp()));

    [Fact]
    public void An_html_page_called_png_is_refused() => Assert.Null(FileTypes.Sniff(SampleFiles.Html()));

    [Fact]
    public void An_empty_file_is_refused() => Assert.Null(FileTypes.Sniff([]));

    [Fact]
    public void A_riff_file_that_is_not_webp_is_refused() =>
        Assert.Null(FileTypes.Sniff([.. "RIFF"u8, 0x24, 0x08, 0x00, 0x00, .. "WAVEfmt "u8]));

    [Fact]
    public void A_truncated_png_signature_is_refused() => Assert.Null(FileTypes.Sniff(SampleFiles.Png()[..5]));

    private static byte[] Sample(string name) => name switch
    {
        "png" => SampleFiles.Png(),
        "jpeg" => SampleFiles.Jpeg(),
        "gif87a" => SampleFiles.Gif87(),
        "gif89a" => SampleFiles.Gif89(),
        "webp" => SampleFiles.Webp(),
        _ => SampleFiles.Pdf(),
    };
}
