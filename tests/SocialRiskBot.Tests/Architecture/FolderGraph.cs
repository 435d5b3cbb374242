using System.Text.RegularExpressions;
using NetArchTest.Rules;
using SocialRiskBot.Tests.Documentation;

namespace SocialRiskBot.Tests.Architecture;

/// <summary>
/// The top-level folders of <c>src/SocialRiskBot/</c> (one namespace each) and which use which, read from the compiled
/// code and from the source files.
/// </summary>
internal static partial class FolderGraph
{
    /// <summary>
    /// Every top-level namespace of the app, found in the compiled code so that a new folder is covered too, except
    /// those in <paramref name="leftOut"/>.
    /// </summary>
    public static List<string> Folders(IEnumerable<string> leftOut) =>
        [.. LayeringTests.App.GetTypes()
            .Select(FolderOf)
            .OfType<string>()
            .Distinct()
            .Except(leftOut)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// For each folder, the other folders it uses, with what uses them: its types that depend on them in the compiled
    /// code, and its source files that name their namespace. The source files catch what the compiled code cannot
    /// show, such as a constant of another folder (<c>FaqEntry.MaxAnswer</c>), which the compiler copies in. A use of
    /// the storage library (<c>SocialRiskBot.Storage.Tables</c>) counts as one of the <c>Storage</c> folder, which shares
    /// its namespace; that can only add edges, never hide one.
    /// </summary>
    public static Dictionary<string, Dictionary<string, IReadOnlyList<string>>> Dependencies(IReadOnlyList<string> folders)
    {
        var edges = new Dictionary<string, Dictionary<string, SortedSet<string>>>();
        void Add(string from, string to, string user)
        {
            if (from != to && folders.Contains(from) && folders.Contains(to))
            {
                var targets = edges.TryGetValue(from, out var found) ? found : edges[from] = [];
                (targets.TryGetValue(to, out var users) ? users : targets[to] = new SortedSet<string>(StringComparer.Ordinal)).Add(user);
            }
        }

        foreach (var to in folders)
        {
            foreach (var type in Types.InAssembly(LayeringTests.App).That().HaveDependencyOn($"SocialRiskBot.{to}").GetTypes())
            {
                if (FolderOf(type) is { } from)
                {
                    Add(from, to, type.FullName!);
                }
            }
        }

        var source = Path.Combine(RepositoryFiles.Root, "src", "SocialRiskBot");
        foreach (var from in folders.Where(f => Directory.Exists(Path.Combine(source, f))))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, from), "*.cs", SearchOption.AllDirectories))
            {
                foreach (Match named in NamespaceNamed().Matches(File.ReadAllText(file)))
                {
                    Add(from, named.Groups["folder"].Value, Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/'));
                }
            }
        }

        return edges.ToDictionary(e => e.Key, e => e.Value.ToDictionary(t => t.Key, t => (IReadOnlyList<string>)[.. t.Value]));
    }

    /// <summary>The top-level folder a type of the app lives in; null for the root namespace and generated code.</summary>
    private static string? FolderOf(Type type) =>
        type.Namespace is { } ns && ns.StartsWith("SocialRiskBot.", StringComparison.Ordinal) ? ns.Split('.')[1] : null;

    [GeneratedRegex(@"\bSocialRiskBot\.(?<folder>[A-Z][A-Za-z]*)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceNamed();
}
