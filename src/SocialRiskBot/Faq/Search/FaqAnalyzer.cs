using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// Turns text into the stems the FAQ index works with: standard tokens, accents folded, possessives dropped,
/// lower case, English and chat stop words removed, Porter stems. Thread-safe: Lucene reuses one chain per thread.
/// </summary>
public sealed class FaqAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Lucene's English stop words plus the words every chat question carries ("can I", "am I allowed").</summary>
    private static readonly CharArraySet StopWords = BuildStopWords();

    /// <summary>The stems of <paramref name="text"/>, in order.</summary>
    public List<string> Stems(string text)
    {
        var stems = new List<string>();
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            stems.Add(term.ToString());
        }

        stream.End();
        return stems;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream chain = new ASCIIFoldingFilter(source);
        chain = new EnglishPossessiveFilter(Version, chain);
        chain = new LowerCaseFilter(Version, chain);
        chain = new StopFilter(Version, chain, StopWords);
        chain = new PorterStemFilter(chain);
        return new TokenStreamComponents(source, chain);
    }

    private static CharArraySet BuildStopWords()
    {
        string[] chat =
        [
            "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his",
            "she", "her", "its", "them", "what", "which", "who", "whom", "whose", "when", "where", "why", "how",
            "am", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "done",
            "can", "could", "should", "would", "may", "might", "must", "shall", "ok", "okay", "please", "just",
            "also", "so", "about", "any", "anything", "some", "something", "someone", "anyone", "get", "got",
            "allowed", "want", "wanted", "need", "needs", "know", "really", "actually", "still", "even", "very",
            "i'm", "im", "i've", "ive", "i'd", "id", "don't", "dont", "can't", "cant", "won't", "isn't", "it's",
            "what's", "whats", "who's", "whos", "there's", "let", "lets", "let's", "hi", "hello", "hey", "thanks",
            "thank", "from", "up", "out", "all", "than", "too", "ever", "okay", "happens", "happen", "supposed",
        ];
        var set = new CharArraySet(Version, EnglishAnalyzer.DefaultStopSet.Count + chat.Length, ignoreCase: true);
        set.UnionWith(EnglishAnalyzer.DefaultStopSet);
        set.UnionWith(chat);
        return set;
    }
}
