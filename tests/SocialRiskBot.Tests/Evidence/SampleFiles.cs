using System.Security.Cryptography;
using System.Text;

namespace SocialRiskBot.Tests.Evidence;

/// <summary>Bytes that start like each kind of file (the sniffer reads only the start), padded with random bytes.</summary>
public static class SampleFiles
{
    public static byte[] Png(int length = 2048) => StartingWith([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], length);

    public static byte[] Jpeg(int length = 2048) => StartingWith([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8], length);

    public static byte[] Gif87(int length = 512) => StartingWith("GIF87a"u8.ToArray(), length);

    public static byte[] Gif89(int length = 512) => StartingWith("GIF89a"u8.ToArray(), length);

    public static byte[] Webp(int length = 512) => StartingWith([.. "RIFF"u8, 0x24, 0x08, 0x00, 0x00, .. "WEBPVP8 "u8], length);

    public static byte[] Pdf(int length = 1024) => StartingWith("%PDF-1.7\n"u8.ToArray(), length);

    public static byte[] Bmp(int length = 512) => StartingWith("BM"u8.ToArray(), length);

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static byte[] StartingWith(byte[] head, int length)
    {
        var content = RandomNumberGenerator.GetBytes(Math.Max(length, head.Length));
        head.CopyTo(content, 0);
        return content;
    }
}
