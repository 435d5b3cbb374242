using System.Reflection;
using NetArchTest.Rules;

namespace SocialRiskBot.Tests.Architecture;

/// <summary>
/// The dependency rules of docs/architecture.md, read from the compiled code: a feature's domain speaks neither
/// Teams nor HTTP (its <c>Teams</c> sub-namespace does), the turn pipeline knows no feature, the protocol and storage
/// libraries know no application code, and no two features depend on each other.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The feature folders of <c>src/SocialRiskBot/</c>, each with its domain and, where it talks to people, a <c>Teams/</c> layer.</summary>
    public static readonly string[] Features = ["Abuse", "Evidence", "Faq", "Incidents", "Organization", "Profiles", "Training"];

    private static readonly Assembly App = typeof(BotServices).Assembly;

    public static TheoryData<string> FeatureNames() => [.. Features];

    [Theory]
    [MemberData(nameof(FeatureNames))]
    public void A_feature_domain_references_no_protocol_turn_pipeline_Teams_layer_or_HTTP(string feature)
    {
        var forbidden = new[] { "SocialRiskBot.BotFramework", "SocialRiskBot.Conversations", "Microsoft.AspNetCore", "System.Net.Http" }
            .Concat(Features.Select(f => $"SocialRiskBot.{f}.Teams"))
            .ToArray();

        var result = Types.InAssembly(App)
            .That().ResideInNamespace($"SocialRiskBot.{feature}")
            .And().DoNotResideInNamespace($"SocialRiskBot.{feature}.Teams")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful,
            $"{feature}'s domain must not depend on {string.Join(", ", forbidden)}; move the Teams-facing part to SocialRiskBot.{feature}.Teams. Offending types:\n"
            + string.Join('\n', result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_turn_pipeline_references_no_feature_domain_or_Teams_layer()
    {
        var forbidden = Features.Select(f => $"SocialRiskBot.{f}").ToArray();

        var result = Types.InAssembly(App)
            .That().ResideInNamespace("SocialRiskBot.Conversations")
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

        Assert.True(result.IsSuccessful,
            "Conversations is the turn pipeline every feature shares and must not depend on any feature (domain or Teams layer); register what a feature answers through its routes, or define an interface here that the feature implements. Offending types:\n"
            + string.Join('\n', result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_feature_rule_sees_types_in_sub_namespaces_and_leaves_the_Teams_layer_out()
    {
        var domain = Types.InAssembly(App).That().ResideInNamespace("SocialRiskBot.Incidents").And().DoNotResideInNamespace("SocialRiskBot.Incidents.Teams").GetTypes().ToList();

        Assert.Contains(domain, t => t.FullName == "SocialRiskBot.Incidents.Sla.SlaPolicy");
        Assert.DoesNotContain(domain, t => t.Namespace == "SocialRiskBot.Incidents.Teams");
    }

    [Theory]
    [InlineData("SocialRiskBot.BotFramework.Schema.Activity, SocialRiskBot.BotFramework")]
    [InlineData("SocialRiskBot.Storage.Tables.ITableStore, SocialRiskBot.Storage")]
    public void The_protocol_and_storage_libraries_reference_no_application_code(string libraryType)
    {
        var library = Type.GetType(libraryType, throwOnError: true)!.Assembly;

        Assert.DoesNotContain(library.GetReferencedAssemblies(), a => a.Name == App.GetName().Name);
        var result = Types.InAssembly(library)
            .ShouldNot().HaveDependencyOnAny([.. Features.Select(f => $"SocialRiskBot.{f}"), "SocialRiskBot.Conversations", "SocialRiskBot.Hosting", "SocialRiskBot.Outbox", "SocialRiskBot.Cards"])
            .GetResult();
        Assert.True(result.IsSuccessful, string.Join('\n', result.FailingTypeNames ?? []));
    }

    [Fact]
    public void No_two_features_depend_on_each_other_directly_or_through_others()
    {
        var edges = FeatureDependencies();

        var cycle = FindCycle(edges);

        Assert.True(cycle is null, cycle is null ? string.Empty
            : "Features depend on each other in a cycle: " + string.Join(" → ", cycle)
              + "\n" + string.Join('\n', cycle.Zip(cycle.Skip(1)).Select(p => $"{p.First} → {p.Second} through {string.Join(", ", edges[p.First][p.Second].Take(3))}")));
    }

    [Fact]
    public void The_cycle_search_finds_a_cycle_through_three_features_and_none_in_a_chain()
    {
        static Dictionary<string, Dictionary<string, IReadOnlyList<string>>> Graph(params (string From, string To)[] pairs) =>
            pairs.GroupBy(p => p.From).ToDictionary(g => g.Key, g => g.ToDictionary(p => p.To, _ => (IReadOnlyList<string>)["T"]));

        Assert.Equal(["A", "B", "C", "A"], FindCycle(Graph(("A", "B"), ("B", "C"), ("C", "A"))));
        Assert.Null(FindCycle(Graph(("A", "B"), ("B", "C"), ("A", "C"))));
    }

    /// <summary>For each feature, the other features its types (domain and Teams layer) use, with the types that use them.</summary>
    private static Dictionary<string, Dictionary<string, IReadOnlyList<string>>> FeatureDependencies()
    {
        var edges = new Dictionary<string, Dictionary<string, IReadOnlyList<string>>>();
        foreach (var from in Features)
        {
            foreach (var to in Features.Where(f => f != from))
            {
                var users = Types.InAssembly(App)
                    .That().ResideInNamespace($"SocialRiskBot.{from}")
                    .And().HaveDependencyOn($"SocialRiskBot.{to}")
                    .GetTypes()
                    .Select(t => t.FullName!)
                    .ToList();
                if (users.Count > 0)
                {
                    (edges.TryGetValue(from, out var targets) ? targets : edges[from] = [])[to] = users;
                }
            }
        }

        return edges;
    }

    /// <returns>A cycle as the features walked (first repeated at the end), or null when the graph has none.</returns>
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
