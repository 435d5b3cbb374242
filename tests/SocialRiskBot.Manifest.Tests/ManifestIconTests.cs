using System.Buffers.Binary;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.Manifest.Tests;

/// <summary>The app icons in <c>manifest/</c> are what Teams asks for (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package), and ship next to the executable.</summary>
public sealed class ManifestIconTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Find(), "manifest");

    [Fact]
    public void Color_icon_is_a_192_pixel_RGBA_PNG_on_the_accent_colour()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "color.png"));

        AssertHeader(bytes, size: 192);
        var rgba = Decode(bytes);
        Assert.Equal((0x1F, 0x5F, 0xA8, 255), Pixel(rgba, 192, 0, 0));
        Assert.Equal((0x1F, 0x5F, 0xA8, 255), Pixel(rgba, 192, 191, 191));
        Assert.Equal((255, 255, 255, 255), Pixel(rgba, 192, 60, 60)); // the shield's left half
    }

    [Fact]
    public void Outline_icon_is_a_32_pixel_RGBA_PNG_holding_only_white_on_transparent()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, "outline.png"));

        AssertHeader(bytes, size: 32);
        var rgba = Decode(bytes);
        for (var i = 0; i < rgba.Length; i += 4)
        {
            Assert.True(rgba[i + 3] == 0 || (rgba[i] == 255 && rgba[i + 1] == 255 && rgba[i + 2] == 255), $"pixel {i / 4} is neither white nor transparent");
        }

        // Drawn, and edge to edge vertically as Teams asks (no padding beyond a pixel).
        var opaqueRows = Enumerable.Range(0, 32).Where(y => Enumerable.Range(0, 32).Any(x => rgba[((y * 32) + x) * 4 + 3] > 128)).ToList();
        Assert.True(opaqueRows.Count >= 29, $"the outline covers only rows {opaqueRows.FirstOrDefault()}..{opaqueRows.LastOrDefault()}");
        Assert.Contains(Enumerable.Range(0, 32 * 32), i => rgba[(i * 4) + 3] == 0);
    }

    [Theory]
    [InlineData("manifest.json")]
    [InlineData("color.png")]
    [InlineData("outline.png")]
    public void Template_and_icons_ship_next_to_the_executable(string file) =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, file)), File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "manifest", file)));

    /// <summary>Reads IHDR itself rather than trusting the decoder: PNG signature, size, 8-bit RGBA, not interlaced.</summary>
    private static void AssertHeader(byte[] png, int size)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal(8, png[24]);
        Assert.Equal(6, png[25]); // truecolour with alpha
        Assert.Equal(0, png[28]);
    }

    private static byte[] Decode(byte[] bytes)
    {
        var png = ManifestPng.TryRead(bytes, out var error);
        Assert.True(png is not null, error);
        return png.ToRgba();
    }

    private static (int R, int G, int B, int A) Pixel(byte[] rgba, int width, int x, int y)
    {
        var i = ((y * width) + x) * 4;
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3]);
    }
}
