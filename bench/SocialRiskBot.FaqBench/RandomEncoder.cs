using System.Numerics.Tensors;
using SocialRiskBot.Faq.Search;

namespace SocialRiskBot.FaqBench;

/// <summary>Unit vectors drawn from each text's hash: the shape of real vectors at none of the cost, for content whose meaning is noise.</summary>
internal sealed class RandomEncoder(int dimensions) : ITextEncoder
{
    public string ModelId => "random";

    public int Dimensions => dimensions;

    public float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken) => [.. texts.Select(text =>
    {
        var random = new Random(StringComparer.Ordinal.GetHashCode(text));
        var vector = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] = (float)(random.NextDouble() - 0.5);
        }

        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    })];
}
