using SocialRiskBot.Content;
using SocialRiskBot.Hosting;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>
    /// The FAQ: content loaded, checked and indexed when the host starts (content with any problem stops startup
    /// with the same message <c>content validate</c> prints), rebuilt on edit in Development.
    /// </summary>
    public static IServiceCollection AddFaq(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<FaqOptions>().BindConfiguration(FaqOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var departments = sp.GetRequiredService<DepartmentDirectory>().All.Select(d => d.Id).ToList();
            return new FaqLibrary(FaqLibrary.Load(ContentFolder.Default(), departments));
        });
        services.AddSingleton<FaqAnswerer>();
        services.AddSingleton<AskedQuestionStore>();
        services.AddSingleton<FaqGaps>();
        services.AddHostedService<Jobs.PolicyTeamReminderService>();
        services.AddHostedService<LoadAtStartup<FaqLibrary>>();
        if (environment.IsDevelopment())
        {
            services.AddHostedService<FaqContentWatcher>();
        }

        return services;
    }
}
