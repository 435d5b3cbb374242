using System.Text.Json;
using SocialRiskBot.Hosting;

namespace SocialRiskBot.FaqBench;

/// <summary>The questions people ask: every line of the dev and tuning sets, in and out of scope.</summary>
internal static class Questions
{
    public static List<string> Load()
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("run the benchmark from a checkout");
        return [.. new[] { "faq-dev", "faq-tuning" }
            .SelectMany(set => Directory.GetFiles(Path.Combine(root, "tests", set), "*.jsonl"))
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)];
    }
}
