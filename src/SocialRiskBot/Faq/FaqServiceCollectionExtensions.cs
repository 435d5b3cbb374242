using SocialRiskBot.Cli;
using SocialRiskBot.Content;
using SocialRiskBot.Hosting;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Faq;

public static class FaqServiceCollectionExtensions
{
    /// <summary>The FAQ content, loaded and checked when the host starts: content with any problem stops startup with the same message <c>content validate</c> prints.</summary>
    public static IServiceCollection AddFaq(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var departments = sp.GetRequiredService<DepartmentDirectory>().All.Select(d => d.Id).ToList();
            var (content, problems) = FaqContentLoader.Load(ContentCommand.DefaultFolder(), departments);
            return content ?? throw new ContentException(problems);
        });
        services.AddHostedService<LoadAtStartup<FaqContent>>();
        return services;
    }
}
