using System.Reflection;
using NetArchTest.Rules;

namespace SocialRiskBot.Tests.Architecture;

/// <summary>
/// The dependency rules of docs/architecture.md, read from the compiled code: a feature's domain speaks neither
/// Teams nor HTTP (its <c>Teams</c> sub-namespace does), the turn pipeline knows no feature, and the protocol and
/// storage libraries know no application code. <see cref="FolderCycleTests"/> checks that no folders depend on each
/// other in a cycle.
/// </summary>
public sealed class LayeringTests
{
    /// <summary>The feature folders of <c>src/SocialRiskBot/</c>, each with its domain and, where it talks to people, a <c>Teams/</c> layer.</summary>
    public static readonly string[] Features = ["Abuse", "Evidence", "Faq", "Incidents", "Organization", "Profiles", "Training"];

    internal static readonly Assembly App = typeof(BotServices).Assembly;

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
}
