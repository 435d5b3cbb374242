using Microsoft.Extensions.Options;
using SocialRiskBot.Hosting;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Training;

namespace SocialRiskBot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// What content names by id (departments, categories, modules, commands), the renderer that turns those
    /// placeholders into the configured words, and the check at startup that every reference resolves. Needs
    /// <c>AddOrganization()</c>, <c>AddIncidents()</c> and <c>AddTraining()</c>.
    /// </summary>
    public static IServiceCollection AddContentReferences(this IServiceCollection services)
    {
        services.AddSingleton(sp => ContentVocabulary.From(
            sp.GetRequiredService<DepartmentDirectory>(), sp.GetRequiredService<CategoryCatalog>(), sp.GetRequiredService<TrainingCatalog>().Modules));
        services.AddSingleton<PlaceholderRenderer>();
        services.AddSingleton(sp => ContentReferences.Check(ContentFolder.Default(), sp.GetRequiredService<ContentVocabulary>(), sp.GetRequiredService<IOptions<IncidentsOptions>>()));
        services.AddHostedService<LoadAtStartup<ContentReferences>>();
        return services;
    }
}
