using SocialRiskBot.Content;
using SocialRiskBot.Faq.Search;
using SocialRiskBot.Hosting;
using SocialRiskBot.Jobs;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ: content loaded, checked and indexed when the host starts (content with any problem stops startup
    /// with the same message <c>content validate</c> prints), rebuilt on edit in Development; its answers' references
    /// checked at startup (<see cref="FaqContentSource"/>).
    /// </summary>
    public static IServiceCollection AddFaq(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<FaqOptions>>().Value;
            var folder = Path.GetFullPath(Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.CachePath));
            return new FaqSemantics(() => MiniLmEncoder.Shared(Path.Combine(folder, MiniLmEncoder.ModelFileName), options.EncoderThreads), new EmbeddingCache(folder), options.RecentQuestions);
        });
        services.AddSingleton(sp =>
        {
            var departments = sp.GetRequiredService<DepartmentDirectory>().All.Select(d => d.Id).ToList();
            var semantics = sp.GetRequiredService<FaqSemantics>();
            return new FaqLibrary(FaqLibrary.Load(ContentFolder.Default(), departments, semantics), semantics);
        });
        services.AddSingleton<IContentSource, FaqContentSource>();
        services.AddSingleton<FaqAnswerer>();
        services.AddSingleton<AskedQuestionStore>();
        services.AddSingleton<FaqGaps>();
        services.AddHostedService<LoadAtStartup<FaqLibrary>>();
        services.AddHostedService<FaqWarmUp>();
        services.AddSingleton<IReadinessCheck, FaqReadiness>();
        if (environment.IsDevelopment())
        {
            services.AddHostedService<FaqContentWatcher>();
        }

        return services;
    }
}
