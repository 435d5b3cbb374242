using System.Buffers.Binary;
using System.IO.Compression;

namespace SocialRiskBot.Manifest;

/// <summary>
/// Just enough of PNG to check app icons: the header, and the pixels of 8-bit, non-interlaced images as RGBA
/// (what icon tools write). Chunk CRCs are not verified: Teams' own upload check does that.
/// </summary>
internal sealed class ManifestPng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly List<(string Type, ReadOnlyMemory<byte> Data)> _chunks;

    private ManifestPng(List<(string Type, ReadOnlyMemory<byte> Data)> chunks)
    {
        _chunks = chunks;
        var header = chunks[0].Data.Span;
        Width = BinaryPrimitives.ReadInt32BigEndian(header);
        Height = BinaryPrimitives.ReadInt32BigEndian(header[4..]);
        BitDepth = header[8];
        ColorType = header[9];
        Interlaced = header[12] != 0;
    }

    public int Width { get; }

    public int Height { get; }

    public int BitDepth { get; }

    /// <summary>0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA.</summary>
    public int ColorType { get; }

    public bool Interlaced { get; }

    /// <summary>True when the image can carry transparency: an alpha channel, or a tRNS chunk.</summary>
    public bool HasAlpha => ColorType is 4 or 6 || _chunks.Exists(c => c.Type == "tRNS");

    public bool CanDecode => BitDepth == 8 && !Interlaced && ColorType is 0 or 2 or 3 or 4 or 6;

    /// <returns>The image, or null when <paramref name="bytes"/> is not a PNG (with the reason).</returns>
    public static ManifestPng? TryRead(ReadOnlyMemory<byte> bytes, out string? error)
    {
        var span = bytes.Span;
        if (span.Length < Signature.Length || !span[..Signature.Length].SequenceEqual(Signature))
        {
            error = "is not a PNG file";
            return null;
        }

        var chunks = new List<(string, ReadOnlyMemory<byte>)>();
        for (var at = Signature.Length; at + 12 <= span.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(span[at..]);
            if (length < 0 || at + 12L + length > span.Length)
            {
                error = "is a truncated PNG file";
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(span.Slice(at + 4, 4));
            chunks.Add((type, bytes.Slice(at + 8, length)));
            at += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        if (chunks.Count == 0 || chunks[0].Item1 != "IHDR" || chunks[0].Item2.Length < 13 || chunks[^1].Item1 != "IEND")
        {
            error = "is a damaged PNG file (no IHDR or IEND chunk)";
            return null;
        }

        error = null;
        return new ManifestPng(chunks);
    }

    /// <summary>The pixels as RGBA, 4 bytes each, row by row. Requires <see cref="CanDecode"/>.</summary>
    public byte[] ToRgba()
    {
        if (!CanDecode)
        {
            throw new NotSupportedException($"PNG with bit depth {BitDepth}, colour type {ColorType}{(Interlaced ? ", interlaced" : "")} is not decoded here.");
        }

        var channels = ColorType switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var rows = Unfilter(Inflate(), channels);
        var palette = _chunks.Find(c => c.Type == "PLTE").Data.ToArray();
        var transparency = _chunks.Find(c => c.Type == "tRNS").Data.ToArray();
        var rgba = new byte[Width * Height * 4];
        for (var i = 0; i < Width * Height; i++)
        {
            var pixel = rows.AsSpan(i * channels, channels);
            var (r, g, b, a) = ColorType switch
            {
                0 => (pixel[0], pixel[0], pixel[0], KeyedAlpha(transparency, pixel[0], pixel[0], pixel[0])),
                2 => (pixel[0], pixel[1], pixel[2], KeyedAlpha(transparency, pixel[0], pixel[1], pixel[2])),
                3 => (At(palette, pixel[0] * 3), At(palette, pixel[0] * 3 + 1), At(palette, pixel[0] * 3 + 2), pixel[0] < transparency.Length ? transparency[pixel[0]] : (byte)255),
                4 => (pixel[0], pixel[0], pixel[0], pixel[1]),
                _ => (pixel[0], pixel[1], pixel[2], pixel[3]),
            };
            rgba[i * 4] = r;
            rgba[(i * 4) + 1] = g;
            rgba[(i * 4) + 2] = b;
            rgba[(i * 4) + 3] = a;
        }

        return rgba;
    }

    private byte[] Inflate()
    {
        using var compressed = new MemoryStream();
        foreach (var (type, data) in _chunks)
        {
            if (type == "IDAT")
            {
                compressed.Write(data.Span);
            }
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);
        return raw.ToArray();
    }

    /// <summary>Undoes the per-row filters (PNG spec §9); returns the rows without their filter bytes.</summary>
    private byte[] Unfilter(byte[] raw, int bytesPerPixel)
    {
        var stride = Width * bytesPerPixel;
        if (raw.Length < (stride + 1) * Height)
        {
            throw new InvalidDataException("the PNG's image data is shorter than its size says");
        }

        var rows = new byte[stride * Height];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var source = raw.AsSpan((y * (stride + 1)) + 1, stride);
            var row = rows.AsSpan(y * stride, stride);
            var above = y == 0 ? new byte[stride] : rows.AsSpan((y - 1) * stride, stride);
            for (var x = 0; x < stride; x++)
            {
                int left = x >= bytesPerPixel ? row[x - bytesPerPixel] : 0;
                int up = above[x];
                int upLeft = x >= bytesPerPixel ? above[x - bytesPerPixel] : 0;
                var predicted = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"row {y} has unknown PNG filter {filter}"),
                };
                row[x] = (byte)(source[x] + predicted);
            }
        }

        return rows;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var toLeft = Math.Abs(estimate - left);
        var toUp = Math.Abs(estimate - up);
        var toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static byte At(byte[] palette, int index) => index < palette.Length ? palette[index] : (byte)0;

    // tRNS for grey and RGB images names one 16-bit colour that is fully transparent.
    private static byte KeyedAlpha(byte[] transparency, byte r, byte g, byte b) =>
        transparency.Length switch
        {
            2 => transparency[1] == r && transparency[0] == 0 ? (byte)0 : (byte)255,
            6 => transparency[1] == r && transparency[3] == g && transparency[5] == b && transparency[0] == 0 && transparency[2] == 0 && transparency[4] == 0 ? (byte)0 : (byte)255,
            _ => 255,
        };
}
