namespace SocialRiskBot.Faq.Search;

/// <summary>Turns texts into unit-length vectors whose dot product says how alike they are in meaning.</summary>
public interface ITextEncoder
{
    /// <summary>Names the model and how its vectors are made: cached vectors of another id are never reused.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>One vector per text, in order. Safe to call from several threads at once.</summary>
    float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
