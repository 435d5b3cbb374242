using Microsoft.Extensions.DependencyInjection.Extensions;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.Evidence.Teams;

public static class EvidenceTeamsServiceCollectionExtensions
{
    /// <summary>Files sent in Teams taken as evidence: the downloader and the intake. Needs <c>AddEvidence()</c> and <c>AddBotFramework()</c>.</summary>
    public static IServiceCollection AddEvidenceTeams(this IServiceCollection services)
    {
        services.AddAttachmentDownloader();
        services.TryAddSingleton<EvidenceIntake>();
        return services;
    }
}
