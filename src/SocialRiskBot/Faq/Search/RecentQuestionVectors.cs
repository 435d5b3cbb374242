using System.Collections.Concurrent;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// The vectors of the questions asked most recently, so that a question asked again (people ask the same things,
/// and in the same words more often than not) is not encoded again. A vector depends only on the model and on
/// what the encoder sees of the text (<see cref="EncoderText.Prepare"/>), which is the key; content changes do not
/// touch it. Bounded: past <c>capacity</c> the oldest go first. A capacity of 0 keeps nothing.
/// </summary>
public sealed class RecentQuestionVectors(int capacity)
{
    private readonly ConcurrentDictionary<string, float[]> vectors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> arrival = new();

    public int Count => vectors.Count;

    /// <summary>The vector of <paramref name="question"/>, from memory or from <paramref name="encode"/>. Callers must not change it.</summary>
    public float[] GetOrEncode(string question, Func<string, float[]> encode)
    {
        if (capacity == 0)
        {
            return encode(question);
        }

        var key = EncoderText.Prepare(question);
        if (vectors.TryGetValue(key, out var known))
        {
            return known;
        }

        var vector = encode(question);
        if (vectors.TryAdd(key, vector))
        {
            arrival.Enqueue(key);
            while (vectors.Count > capacity && arrival.TryDequeue(out var oldest))
            {
                vectors.TryRemove(oldest, out _);
            }
        }

        return vector;
    }
}
