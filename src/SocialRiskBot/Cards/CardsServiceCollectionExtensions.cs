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
        services.AddHostedService<CardTemplatesStartupCheck>();
        return services;
    }

    /// <summary>Loads the templates when the host starts, so a broken one stops startup instead of a later turn.</summary>
    private sealed class CardTemplatesStartupCheck(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<CardRenderer>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
