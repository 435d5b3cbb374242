using Microsoft.Extensions.Options;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Training;

namespace SocialRiskBot.Tests.Content;

/// <summary>The content as shipped, with the default configuration it is rendered against.</summary>
internal static class ShippedContent
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "content");

    public static FaqContent Faq { get; } = FaqContentLoader.Load(Folder, [.. DepartmentsOptions.Defaults.Select(d => d.Id)]).Content!;

    public static IReadOnlyList<TrainingModule> Modules { get; } = TrainingContentLoader.Load(Path.Combine(Folder, TrainingCatalog.Folder)).Modules!;

    public static CategoryCatalog Categories { get; } = new(Options.Create(new IncidentsOptions { Categories = [.. IncidentsOptions.Defaults] }));

    public static IReadOnlyList<Department> Departments { get; } =
        new DepartmentDirectory(Options.Create(new DepartmentsOptions { Departments = [.. DepartmentsOptions.Defaults] })).All;

    /// <summary>Every feature's content source with the default configuration, as the bot registers them.</summary>
    public static IReadOnlyList<IContentSource> Sources { get; } =
    [
        new OrganizationContentSource(Departments),
        new IncidentsContentSource(Categories.All, Departments, IncidentsOptions.DefaultTrainingModules),
        new FaqContentSource(),
        new TrainingContentSource(Modules),
    ];

    public static ContentVocabulary Vocabulary { get; } = ContentVocabulary.From(Sources);

    public static PlaceholderRenderer Text { get; } = new(Vocabulary);

    public static FaqEntry Entry(string id) => Faq.Entries.Single(e => e.Id == id);

    public static string Answer(string id) => Text.Markdown(Entry(id).Answer);
}
