using System.Diagnostics;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Search;
using SocialRiskBot.FaqBench;
using SocialRiskBot.Organization;

// FAQ decision latency, in process: the real content, then a synthetic 10,000-entry FAQ. Prints build time and
// per-question latency percentiles of the whole decision (encoding the question with the sentence model, the
// vector search, the word search with typo correction, the confidence); asserts nothing. Every question is encoded
// each time: the memory of recent questions the bot keeps is off here, so this is the cost of a new question.
var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 20;
var departments = DepartmentsOptions.Defaults.Select(d => d.Id).ToList();
var folder = ContentFolder.Default();
var cache = Path.Combine(Path.GetTempPath(), "socialriskbot-faqbench-cache");
var semantics = new FaqSemantics(() => MiniLmEncoder.Shared(Path.Combine(cache, MiniLmEncoder.ModelFileName), threads: 1), new EmbeddingCache(cache), recentQuestions: 0);
var questions = Questions.Load();
Console.WriteLine($"{questions.Count} questions (tests/faq-dev and tests/faq-tuning), {rounds} rounds each after a warm-up round");
Console.WriteLine("FAQ                 entries  build ms    p50 ms    p99 ms    max ms   heap MB");

var watch = Stopwatch.StartNew();
var real = FaqLibrary.Load(folder, departments, semantics);
await real.Vectors.Value;
Report("real content", new FaqLibrary(real, semantics), watch.Elapsed, questions, rounds);

// The synthetic entries are invented words: their vectors are random (what they mean does not change how long a
// search takes), so that the benchmark does not spend minutes encoding 140,000 texts. Questions are encoded by
// the real model, as in production.
var synthetic = SyntheticFaq.Build(real.Content, entries: 10_000, seed: 42);
watch.Restart();
var random = new RandomEncoder(semantics.Encoder.Dimensions);
var vectors = FaqVectors.Build(synthetic, random.Dimensions, texts => (random.Encode(texts, CancellationToken.None), texts.Count));
var big = new FaqSnapshot(synthetic, FaqIndex.Build(synthetic), new(Task.FromResult(vectors)));
Report("synthetic 10,000", new FaqLibrary(big, semantics), watch.Elapsed, [.. questions, .. SyntheticFaq.Questions(synthetic, 500, seed: 7)], rounds);

static void Report(string name, FaqLibrary library, TimeSpan build, IReadOnlyList<string> questions, int rounds)
{
    var answerer = new FaqAnswerer(library, new FixedOptions());
    foreach (var question in questions)
    {
        Decide(answerer, question);
    }

    var samples = new List<double>(questions.Count * rounds);
    for (var round = 0; round < rounds; round++)
    {
        foreach (var question in questions)
        {
            var start = Stopwatch.GetTimestamp();
            Decide(answerer, question);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    samples.Sort();
    double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
    var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
    Console.WriteLine($"{name,-18} {library.Current.Content.Entries.Count,8} {build.TotalMilliseconds,9:0} {Percentile(50),9:0.000} {Percentile(99),9:0.000} {samples[^1],9:0.000} {heap,9:0}");
}

static void Decide(FaqAnswerer answerer, string question) => answerer.DecideAsync(question, CancellationToken.None).GetAwaiter().GetResult();
