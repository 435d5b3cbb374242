using SocialRiskBot.Hosting;

namespace SocialRiskBot.Cards;

public static class CardsServiceCollectionExtensions
{
    /// <summary>The card templates shipped in <c>cards/</c> next to the executable, loaded and checked at startup.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        services.AddSingleton(_ =>
        {
            var renderer = CardRenderer.LoadFrom(Path.Combine(AppContext.BaseDirectory, "cards"));
            renderer.EnsureEveryModelHasItsTemplate();
            return renderer;
        });
        services.AddHostedService<LoadAtStartup<CardRenderer>>();
        return services;
    }
}
