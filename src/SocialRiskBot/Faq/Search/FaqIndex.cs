using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace SocialRiskBot.Faq.Search;

/// <summary>
/// The FAQ in an in-memory Lucene index, ranked with BM25. Each entry is three kinds of document: every way of
/// asking it on its own (so a question that matches one phrasing well ranks high), all of them together with the
/// tags (so words repeated across phrasings weigh more), and its answer (which counts for less). An entry scores
/// its best phrasing plus the other two. Built once; searched from any thread.
/// </summary>
public sealed class FaqIndex : IDisposable
{
    /// <summary>How much a match counts in the best single way of asking an entry (the question or one alternate).</summary>
    internal const float PhraseWeight = 1f;

    /// <summary>How much a match counts in all the ways of asking an entry together, with its tags.</summary>
    internal const float AsksWeight = 1f;

    /// <summary>How much a match counts in the answer and the policy title: words there are less telling.</summary>
    internal const float AnswerWeight = 0.3f;

    private static readonly string[] Fields = ["p", "q", "a"];
    private const int HitsToRank = 64;

    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly FaqQueryParser parser;
    private readonly IReadOnlyList<FaqEntry> entries;
    private readonly FaqDocument[] documents;
    private readonly HashSet<string>[] entryTerms;
    private readonly HashSet<string>[] tagTerms;
    private readonly Dictionary<string, int> entryFrequency;

    /// <summary>
    /// Where each indexed word sits in each field, looked up once: the index never changes, and looking it up
    /// again for every question was most of a search's work and garbage. Words the index lacks are not kept,
    /// so the cache is bounded by the index's own vocabulary, whatever people type.
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int Field, string Term), TermContext> termContexts = new();

    private FaqIndex(IReadOnlyList<FaqEntry> entries, FaqDocument[] documents, HashSet<string>[] tagTerms, RAMDirectory directory, FaqQueryParser parser)
    {
        this.tagTerms = tagTerms;
        this.entries = entries;
        this.documents = documents;
        this.directory = directory;
        this.parser = parser;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        entryTerms = entries.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var document in documents)
        {
            entryTerms[document.Entry].UnionWith(document.Terms);
        }

        entryFrequency = entryTerms.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public IReadOnlyList<FaqEntry> Entries => entries;

    /// <summary>What a question means to the index: its terms after stemming, typo correction and synonyms.</summary>
    public IReadOnlyList<WeightedTerm> Terms(string question) => parser.Parse(question);

    public static FaqIndex Build(FaqContent content)
    {
        var analyzer = new FaqAnalyzer();
        var synonyms = new SynonymMap(content.SynonymGroups, analyzer);
        var surface = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = new List<FaqDocument>();
        var tags = new HashSet<string>[content.Entries.Count];
        for (var e = 0; e < content.Entries.Count; e++)
        {
            var entry = content.Entries[e];
            tags[e] = new HashSet<string>(entry.Tags.SelectMany(Terms), StringComparer.Ordinal);
            foreach (var phrasing in entry.Alternates.Prepend(entry.Question))
            {
                documents.Add(new FaqDocument(e, DocumentKind.Phrasing, Terms(phrasing)));
            }

            documents.Add(new FaqDocument(e, DocumentKind.Asks, Terms(string.Join('\n', [entry.Question, .. entry.Alternates, .. entry.Tags]))));
            documents.Add(new FaqDocument(e, DocumentKind.Answer, Terms(string.Join('\n', [entry.Answer, entry.PolicyTitle]))));
        }

        foreach (var stem in synonyms.PhraseStems)
        {
            surface.TryAdd(stem, 1);
        }

        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(FaqAnalyzer.Version, new WhitespaceAnalyzer(FaqAnalyzer.Version)) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in documents)
            {
                writer.AddDocument([new TextField(Fields[(int)document.Kind], string.Join(' ', document.TermList), Field.Store.NO)]);
            }

            writer.ForceMerge(1);
        }

        return new FaqIndex(content.Entries, [.. documents], tags, directory, new FaqQueryParser(analyzer, synonyms, new SpellingCorrector(surface)));

        List<string> Terms(string text)
        {
            var stems = analyzer.Stems(text);
            foreach (var stem in stems)
            {
                surface[stem] = surface.GetValueOrDefault(stem) + 1;
            }

            return [.. synonyms.Canonicalize([.. stems.Select(s => new WeightedTerm(s, 1))]).Select(t => t.Term)];
        }
    }

    /// <summary>The entries that best match <paramref name="question"/>, best first, each with what its confidence is made of.</summary>
    public IReadOnlyList<FaqCandidate> Search(string question, int max)
    {
        var terms = parser.Parse(question);
        if (terms.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(Fields[0], term.Term), TermContextOf(0, term.Term)) { Boost = term.Weight * PhraseWeight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(Fields[1], term.Term), TermContextOf(1, term.Term)) { Boost = term.Weight * AsksWeight }, Occur.SHOULD);
            query.Add(new TermQuery(new Term(Fields[2], term.Term), TermContextOf(2, term.Term)) { Boost = term.Weight * AnswerWeight }, Occur.SHOULD);
        }

        var best = new Dictionary<int, (float Phrase, int PhraseDoc, float Others)>();
        // Collected in document order: for a query of only SHOULD clauses, the out-of-order default picks Lucene's
        // BooleanScorer, which allocates a 2,048-bucket table on every search (most of a question's garbage).
        var collector = TopScoreDocCollector.Create(HitsToRank, docsScoredInOrder: true);
        searcher.Search(query, collector);
        foreach (var hit in collector.GetTopDocs().ScoreDocs)
        {
            var document = documents[hit.Doc];
            var current = best.TryGetValue(document.Entry, out var c) ? c : (Phrase: 0f, PhraseDoc: -1, Others: 0f);
            if (document.Kind != DocumentKind.Phrasing)
            {
                current.Others += hit.Score;
            }
            else if (hit.Score > current.Phrase)
            {
                current = (hit.Score, hit.Doc, current.Others);
            }

            best[document.Entry] = current;
        }

        var ranked = best.Select(b => (Entry: b.Key, Score: b.Value.Phrase + b.Value.Others, b.Value.PhraseDoc))
            .OrderByDescending(r => r.Score).ThenBy(r => r.Entry).ToList();
        var idf = terms.ToDictionary(t => t.Term, t => Idf(t.Term), StringComparer.Ordinal);
        var candidates = new List<FaqCandidate>(Math.Min(max, ranked.Count));
        for (var i = 0; i < ranked.Count && i < max; i++)
        {
            var (entry, score, phraseDoc) = ranked[i];
            var next = i + 1 < ranked.Count ? ranked[i + 1].Score : 0f;
            var otherTopic = ranked.FirstOrDefault(r => entries[r.Entry].Topic != entries[entry].Topic).Score;
            var phrase = phraseDoc >= 0 ? documents[phraseDoc].Terms : [];
            var features = new MatchFeatures(
                PhraseCoverage: Coverage(terms, idf, phrase),
                EntryCoverage: Coverage(terms, idf, entryTerms[entry]),
                TagCoverage: Coverage(terms, idf, tagTerms[entry]),
                PhraseFit: Fit(phrase, idf),
                Margin: score > 0 ? (score - next) / score : 0,
                TopicMargin: score > 0 ? Math.Max(0, score - otherTopic) / score : 0,
                Terms: terms.Count);
            candidates.Add(new FaqCandidate(entries[entry], entry, score, features));
        }

        return candidates;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    /// <summary>What <see cref="TermQuery"/> would look up itself, from the cache when the index has the word.</summary>
    private TermContext TermContextOf(int field, string term)
    {
        if (termContexts.TryGetValue((field, term), out var known))
        {
            return known;
        }

        var context = TermContext.Build(searcher.TopReaderContext, new Term(Fields[field], term));
        if (context.DocFreq > 0)
        {
            termContexts.TryAdd((field, term), context);
        }

        return context;
    }

    /// <summary>BM25's inverse document frequency over entries; a word no entry uses weighs the most.</summary>
    private double Idf(string term)
    {
        var frequency = entryFrequency.GetValueOrDefault(term);
        return Math.Log(1 + ((entries.Count - frequency + 0.5) / (frequency + 0.5)));
    }

    /// <summary>The share of the question's weight that <paramref name="terms"/> contains.</summary>
    private static double Coverage(IReadOnlyList<WeightedTerm> question, Dictionary<string, double> idf, IReadOnlySet<string> terms)
    {
        double total = 0, found = 0;
        foreach (var term in question)
        {
            total += idf[term.Term];
            found += terms.Contains(term.Term) ? idf[term.Term] * term.Weight : 0;
        }

        return total > 0 ? found / total : 0;
    }

    /// <summary>The share of the matched phrasing's weight that the question contains.</summary>
    private double Fit(IReadOnlySet<string> phrase, Dictionary<string, double> question)
    {
        double total = 0, found = 0;
        foreach (var term in phrase)
        {
            var weight = Idf(term);
            total += weight;
            found += question.ContainsKey(term) ? weight : 0;
        }

        return total > 0 ? found / total : 0;
    }

    private enum DocumentKind
    {
        /// <summary>One way of asking: the question or an alternate.</summary>
        Phrasing,

        /// <summary>Every way of asking an entry, and its tags.</summary>
        Asks,

        /// <summary>The answer and the policy it comes from.</summary>
        Answer,
    }

    private sealed record FaqDocument(int Entry, DocumentKind Kind, List<string> TermList)
    {
        public HashSet<string> Terms { get; } = new(TermList, StringComparer.Ordinal);
    }
}
