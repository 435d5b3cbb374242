using System.Text.RegularExpressions;

namespace SocialRiskBot.Tests.Documentation;

/// <summary>
/// Every link in README.md and docs/ that points inside the repository resolves: the file or folder exists and,
/// for <c>#anchor</c> links, a heading in the target produces that anchor (GitHub's rule: lower case, spaces to
/// hyphens, punctuation dropped). Web links are not fetched: the pass runs offline.
/// </summary>
public sealed partial class DocumentationLinksTests
{
    [Fact]
    public void Every_link_inside_the_repository_resolves()
    {
        var root = RepositoryFiles.Root;
        var broken =
            from document in Documents(root)
            from link in Links(File.ReadAllText(document))
            where Problem(root, document, link) is not null
            select $"{Path.GetRelativePath(root, document)}: ({link}) {Problem(root, document, link)}";

        var found = broken.ToList();
        Assert.True(found.Count == 0, "Broken links:\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("## Run it", "run-it")]
    [InlineData("### Teams app package", "teams-app-package")]
    [InlineData("## Security: who can call, and what is stored", "security-who-can-call-and-what-is-stored")]
    [InlineData("## `faq gaps` by meaning", "faq-gaps-by-meaning")]
    public void Anchors_follow_the_github_rule(string heading, string anchor) =>
        Assert.Contains(anchor, Anchors(heading));

    [Theory]
    [InlineData("see [the guide](docs/deployment.md#start) and [Learn](https://learn.microsoft.com/)", "docs/deployment.md#start")]
    [InlineData("`[not a link](x.md)` in code", null)]
    public void Links_are_read_from_markdown_outside_code(string markdown, string? expected) =>
        Assert.Equal(expected is null ? [] : [expected], Links(markdown));

    private static IEnumerable<string> Documents(string root)
    {
        yield return Path.Combine(root, "README.md");
        var docs = Path.Combine(root, "docs");
        if (Directory.Exists(docs))
        {
            foreach (var file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories))
            {
                yield return file;
            }
        }
    }

    /// <summary>Links that stay in the repository: not web or mail links.</summary>
    private static List<string> Links(string markdown) =>
    [
        .. MarkdownLink().Matches(CodeSpan().Replace(CodeBlock().Replace(markdown, string.Empty), string.Empty))
            .Select(m => m.Groups["target"].Value)
            .Where(t => !t.Contains("://", StringComparison.Ordinal) && !t.StartsWith("mailto:", StringComparison.Ordinal)),
    ];

    private static string? Problem(string root, string document, string link)
    {
        var hash = link.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? link : link[..hash];
        var anchor = hash < 0 ? null : link[(hash + 1)..];
        var target = path.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, Uri.UnescapeDataString(path)));
        if (!target.StartsWith(root, StringComparison.Ordinal))
        {
            return "points outside the repository";
        }

        if (!File.Exists(target) && !Directory.Exists(target))
        {
            return "no such file";
        }

        return anchor is null || (File.Exists(target) && Anchors(File.ReadAllText(target)).Contains(anchor)) ? null : "no such heading";
    }

    private static HashSet<string> Anchors(string markdown) =>
    [
        .. Heading().Matches(CodeBlock().Replace(markdown, string.Empty))
            .Select(m => NotInAnchor().Replace(m.Groups["text"].Value.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-')),
    ];

    [GeneratedRegex(@"(?<!!)\[[^\]]*\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{N} _-]")]
    private static partial Regex NotInAnchor();

    [GeneratedRegex(@"^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex CodeSpan();
}
