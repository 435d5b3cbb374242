namespace SocialRiskBot.Tests.Architecture;

/// <summary>
/// No two top-level folders of <c>src/SocialRiskBot/</c> depend on each other, directly or through others: not two
/// features, and not a feature and a shared part (<c>Content</c>, <c>Cards</c>, <c>Conversations</c>, <c>Jobs</c>,
/// <c>Outbox</c>, <c>Storage</c>, …). Only the composition root is left out, because it wires every part together and
/// so may reference everything: <c>BotServices</c> and <c>Program</c> (the root namespace), <c>Hosting</c> (the
/// endpoints and host defaults) and <c>Cli</c> (the subcommands).
/// </summary>
public sealed class FolderCycleTests
{
    /// <summary>The top-level folders of the composition root; the root namespace is never a folder.</summary>
    public static readonly string[] CompositionRoot = ["Cli", "Hosting"];

    [Fact]
    public void No_two_top_level_folders_depend_on_each_other_directly_or_through_others()
    {
        var edges = FolderGraph.Dependencies(FolderGraph.Folders(CompositionRoot));

        var cycle = FindCycle(edges);

        Assert.True(cycle is null, cycle is null ? string.Empty
            : "Folders depend on each other in a cycle: " + string.Join(" → ", cycle)
              + "\n" + string.Join('\n', cycle.Zip(cycle.Skip(1)).Select(p => $"{p.First} → {p.Second} through {string.Join(", ", edges[p.First][p.Second].Take(3))}"))
              + "\nMove the code to the folder that owns it, or let the lower folder define an interface the other implements.");
    }

    [Fact]
    public void The_rule_covers_every_top_level_folder_but_the_composition_root_and_sees_their_uses()
    {
        var folders = FolderGraph.Folders(CompositionRoot);
        var edges = FolderGraph.Dependencies(folders);

        Assert.All(LayeringTests.Features.Concat(["Cards", "Content", "Conversations", "Exports", "Jobs", "Outbox", "Storage", "Telemetry"]), f => Assert.Contains(f, folders));
        Assert.All(CompositionRoot, f => Assert.DoesNotContain(f, folders));
        Assert.Contains("SocialRiskBot.Faq.FaqLibrary", edges["Faq"]["Content"]);
        Assert.Contains("src/SocialRiskBot/Faq/FaqContentSource.cs", edges["Faq"]["Content"]);
    }

    [Fact]
    public void The_cycle_search_finds_a_cycle_through_three_folders_and_none_in_a_chain()
    {
        static Dictionary<string, Dictionary<string, IReadOnlyList<string>>> Graph(params (string From, string To)[] pairs) =>
            pairs.GroupBy(p => p.From).ToDictionary(g => g.Key, g => g.ToDictionary(p => p.To, _ => (IReadOnlyList<string>)["T"]));

        Assert.Equal(["A", "B", "C", "A"], FindCycle(Graph(("A", "B"), ("B", "C"), ("C", "A"))));
        Assert.Null(FindCycle(Graph(("A", "B"), ("B", "C"), ("A", "C"))));
    }

    /// <returns>A cycle as the folders walked (first repeated at the end), or null when the graph has none.</returns>
    private static List<string>? FindCycle(Dictionary<string, Dictionary<string, IReadOnlyList<string>>> edges)
    {
        var done = new HashSet<string>();
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0)
            {
                return [.. path.Skip(at), node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in edges.TryGetValue(node, out var targets) ? targets.Keys.Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                if (Visit(next) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }

        return edges.Keys.Order(StringComparer.Ordinal).Select(Visit).FirstOrDefault(c => c is not null);
    }
}
