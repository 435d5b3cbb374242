using SocialRiskBot.Hosting;

namespace SocialRiskBot.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// What content names by id (departments, categories, modules, commands), the renderer that turns those
    /// placeholders into the configured words, and the check at startup that every reference resolves. The features
    /// add their <see cref="IContentSource"/> (<c>AddOrganization()</c>, <c>AddIncidents()</c>, <c>AddFaq()</c>,
    /// <c>AddTraining()</c>).
    /// </summary>
    public static IServiceCollection AddContentReferences(this IServiceCollection services)
    {
        services.AddSingleton(sp => ContentVocabulary.From(sp.GetServices<IContentSource>()));
        services.AddSingleton<PlaceholderRenderer>();
        services.AddSingleton(sp => ContentReferences.Check(ContentFolder.Default(), sp.GetRequiredService<ContentVocabulary>(), sp.GetServices<IContentSource>()));
        services.AddHostedService<LoadAtStartup<ContentReferences>>();
        return services;
    }
}
