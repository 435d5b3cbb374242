using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Training;

namespace SocialRiskBot.Tests.Content;

/// <summary>A small configuration of our own, so the tests do not move when the defaults do.</summary>
internal static class TestVocabulary
{
    public static IncidentCategory Leak { get; } = new(
        "confidential-leak", "Private information was posted", "Something private was posted.", "legal-compliance",
        [new CcRule("it-security", CcCondition.PersonalData), new CcRule("communications", CcCondition.MediaAttention)], Severity.High,
        ["Don't share it.", "Don't contact whoever posted it; {owner:confidential-leak} will."]);

    public static IncidentCategory Rumour { get; } = new(
        "market-leak", "Market news or rumours", "Market-sensitive news is out.", "legal-compliance",
        [new CcRule("communications", CcCondition.Always)], Severity.Critical, ["Don't comment.", "Don't trade."]);

    public static IncidentCategory Other { get; } = new(
        IncidentCategory.OtherId, "Something else", "Anything else.", DepartmentsOptions.RiskCommitteeId, [], Severity.Medium, ["Don't reply.", "Keep the link."]);

    public static ContentVocabulary Create(IReadOnlyList<IncidentCategory>? categories = null, IReadOnlyList<Department>? departments = null) =>
        ContentVocabulary.From(Sources(categories, departments));

    /// <summary>
    /// Every feature's content source over this configuration, as the bot registers them: the departments, the
    /// categories with the modules they suggest, the FAQ file and the training files.
    /// </summary>
    public static IReadOnlyList<IContentSource> Sources(
        IReadOnlyList<IncidentCategory>? categories = null, IReadOnlyList<Department>? departments = null, IReadOnlyDictionary<string, string>? suggestedModules = null)
    {
        departments ??=
        [
            new Department("it-security", "IT security") { Remit = "hacked accounts" },
            new Department("legal-compliance", "Legal & compliance") { Remit = "leaks and contracts" },
            new Department("communications", "Communications"),
            new Department("hr", "HR") { Remit = "conduct" },
            new Department(DepartmentsOptions.RiskCommitteeId, "Social-media risk committee") { Remit = "everything else" },
        ];
        return
        [
            new OrganizationContentSource(departments),
            new IncidentsContentSource(categories ?? [Leak, Rumour, Other], departments, suggestedModules ?? new Dictionary<string, string>(StringComparer.Ordinal)),
            new FaqContentSource(),
            new TrainingContentSource([]),
            new ModuleTitles([new ModuleTitle("account-security", "Keeping company accounts safe")]),
        ];
    }

    /// <summary>Module titles alone, so the tests need no whole module.</summary>
    private sealed class ModuleTitles(IReadOnlyList<ModuleTitle> titles) : IContentSource
    {
        public IEnumerable<ModuleTitle> Modules => titles;
    }
}
