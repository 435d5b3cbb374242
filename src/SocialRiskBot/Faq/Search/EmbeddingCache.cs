using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// The vectors of the FAQ's texts, kept on disk between runs: one file per model, one record per text, keyed by
/// the SHA-256 of the text. A restart with the same content encodes nothing; an edit encodes only the texts
/// that changed. The file is rewritten whole (to a temporary file, then renamed) with the texts of the current
/// content only, so it never grows with old versions; a file that is damaged or of another layout is ignored.
/// Vectors once read or encoded are also kept for the life of the process, so hosts built side by side (the
/// CLI, tests) encode each text once.
/// </summary>
public sealed class EmbeddingCache(string folder)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Model, string Key), float[]> InProcess = new();

    private const uint Magic = 0x56425253; // "SRBV"
    private const int HashBytes = 32;

    /// <summary>The vector of each text, from the file where it is there, else encoded (in batches) and then saved.</summary>
    /// <returns>The vectors in the order of <paramref name="texts"/>, and how many had to be encoded.</returns>
    public (float[][] Vectors, int Encoded) Get(ITextEncoder encoder, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var path = PathFor(encoder);
        var keys = texts.Select(Key).ToArray();
        var distinct = keys.ToHashSet(StringComparer.Ordinal);
        var inProcess = distinct.All(k => InProcess.ContainsKey((encoder.ModelId, k)));
        var known = inProcess ? new Dictionary<string, float[]>(StringComparer.Ordinal) : Read(path, encoder.Dimensions);
        var fileMatches = !inProcess && known.Count == distinct.Count && distinct.All(known.ContainsKey);
        foreach (var key in distinct)
        {
            if (!known.ContainsKey(key) && InProcess.TryGetValue((encoder.ModelId, key), out var vector))
            {
                known[key] = vector;
            }
        }

        var missing = keys.Select((key, i) => (key, i)).Where(k => !known.ContainsKey(k.key)).DistinctBy(k => k.key).ToList();
        foreach (var batch in missing.Chunk(BatchSize))
        {
            var vectors = encoder.Encode([.. batch.Select(m => texts[m.i])], cancellationToken);
            for (var b = 0; b < batch.Length; b++)
            {
                known[batch[b].key] = vectors[b];
            }
        }

        var result = keys.Select(k => InProcess.GetOrAdd((encoder.ModelId, k), known[k])).ToArray();
        if (!inProcess && !fileMatches)
        {
            TryWrite(path, encoder.Dimensions, distinct.Select(k => (k, known[k])));
        }

        return (result, missing.Count);
    }

    /// <summary>Drops what this process keeps of a model's vectors (tests use it to stand for a restart).</summary>
    internal static void ForgetInProcess(string modelId)
    {
        foreach (var key in InProcess.Keys.Where(k => k.Model == modelId))
        {
            InProcess.TryRemove(key, out _);
        }
    }

    /// <summary>
    /// Texts are encoded one at a time: batches are hardly faster on a CPU, and each text in a batch widens every
    /// buffer the model keeps for good. Measured on a cold start of the bot (the whole FAQ encoded), peak resident
    /// memory was 410 MB with batches of 16, 357 MB with 4 and 316 MB one at a time (bench/SocialRiskBot.Bench).
    /// </summary>
    internal const int BatchSize = 1;

    internal string PathFor(ITextEncoder encoder) =>
        Path.Combine(folder, $"vectors-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(encoder.ModelId)))[..16]}.bin");

    private static string Key(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static Dictionary<string, float[]> Read(string path, int dimensions)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return vectors;
        }

        var bytes = File.ReadAllBytes(path);
        var record = HashBytes + (dimensions * sizeof(float));
        if (bytes.Length < 8 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic
            || BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)) != dimensions || (bytes.Length - 8) % record != 0)
        {
            return vectors;
        }

        for (var offset = 8; offset < bytes.Length; offset += record)
        {
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(offset + HashBytes + (d * sizeof(float))));
            }

            vectors[Convert.ToBase64String(bytes, offset, HashBytes)] = vector;
        }

        return vectors;
    }

    /// <summary>A folder that cannot be written costs the next start its encoding time, nothing more.</summary>
    private static void TryWrite(string path, int dimensions, IEnumerable<(string Key, float[] Vector)> records)
    {
        try
        {
            Write(path, dimensions, records);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static void Write(string path, int dimensions, IEnumerable<(string Key, float[] Vector)> records)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(Magic);
            writer.Write(dimensions);
            foreach (var (key, vector) in records)
            {
                writer.Write(Convert.FromBase64String(key));
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
