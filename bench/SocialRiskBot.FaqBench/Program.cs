using System.Diagnostics;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.FaqBench;
using SocialRiskBot.Organization;

// FAQ query latency, in process: the real content, then a synthetic 10,000-entry FAQ. Prints index build time and
// per-question latency percentiles of the whole decision (analysis, typo correction, search, confidence); asserts nothing.
var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 20;
var departments = DepartmentsOptions.Defaults.Select(d => d.Id).ToList();
var folder = ContentFolder.Default();
var questions = Questions.Load();
Console.WriteLine($"{questions.Count} questions (tests/faq-dev and tests/faq-tuning), {rounds} rounds each after a warm-up round");
Console.WriteLine("FAQ                 entries  build ms    p50 ms    p99 ms    max ms   heap MB");

var watch = Stopwatch.StartNew();
var real = FaqLibrary.Load(folder, departments);
Report("real content", real, watch.Elapsed, questions, rounds);

var synthetic = SyntheticFaq.Build(real.Content, entries: 10_000, seed: 42);
watch.Restart();
var big = new FaqSnapshot(synthetic, SocialRiskBot.Faq.Search.FaqIndex.Build(synthetic));
Report("synthetic 10,000", big, watch.Elapsed, [.. questions, .. SyntheticFaq.Questions(synthetic, 500, seed: 7)], rounds);

static void Report(string name, FaqSnapshot snapshot, TimeSpan build, IReadOnlyList<string> questions, int rounds)
{
    var answerer = new FaqAnswerer(new FaqLibrary(snapshot), new FixedOptions());
    foreach (var question in questions)
    {
        answerer.Decide(question);
    }

    var samples = new List<double>(questions.Count * rounds);
    for (var round = 0; round < rounds; round++)
    {
        foreach (var question in questions)
        {
            var start = Stopwatch.GetTimestamp();
            answerer.Decide(question);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
    }

    samples.Sort();
    double Percentile(double p) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p / 100 * samples.Count) - 1)];
    var heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
    Console.WriteLine($"{name,-18} {snapshot.Content.Entries.Count,8} {build.TotalMilliseconds,9:0} {Percentile(50),9:0.000} {Percentile(99),9:0.000} {samples[^1],9:0.000} {heap,9:0}");
}
