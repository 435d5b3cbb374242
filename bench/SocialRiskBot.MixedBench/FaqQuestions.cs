using System.Text.Json;

namespace SocialRiskBot.MixedBench;

/// <summary>The FAQ dev set's questions, in scope (paraphrases of FAQ entries) and out of scope, interleaved as read.</summary>
public static class FaqQuestions
{
    public static IReadOnlyList<string> Load()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "faq-dev");
        var inScope = Read(Path.Combine(folder, "in-scope.jsonl"));
        var outOfScope = Read(Path.Combine(folder, "out-of-scope.jsonl"));
        return [.. inScope.Concat(outOfScope)];
    }

    private static List<string> Read(string path) =>
        [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)];

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialRiskBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SocialRiskBot.sln not found above " + AppContext.BaseDirectory);
    }
}
