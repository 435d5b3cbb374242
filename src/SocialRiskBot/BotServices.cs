using SocialRiskBot.Abuse;
using SocialRiskBot.Abuse.Teams;
using SocialRiskBot.BotFramework;
using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Conversations;
using SocialRiskBot.Evidence;
using SocialRiskBot.Evidence.Teams;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Teams;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Teams;
using SocialRiskBot.Organization;
using SocialRiskBot.Organization.Teams;
using SocialRiskBot.Outbox;
using SocialRiskBot.Profiles;
using SocialRiskBot.Profiles.Teams;
using SocialRiskBot.Storage;
using SocialRiskBot.Telemetry;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot;

/// <summary>The composition root: every service of the bot, used by <c>Program.cs</c> and by the conversation tests alike.</summary>
public static class BotServices
{
    /// <summary>
    /// The protocol and storage libraries, the shared services (outbox, cards, content), each feature's domain,
    /// then each feature's Teams layer, then the turn pipeline that routes to them.
    /// </summary>
    public static IServiceCollection AddSocialRiskBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddTelemetry(configuration);
        services.AddBotFramework();
        services.AddStorage();
        services.AddOutbox();
        services.AddCards();
        services.AddOrganization();
        services.AddIncidents();
        services.AddFaq(environment);
        services.AddTraining();
        services.AddContentReferences();
        services.AddProfiles();
        services.AddEvidence();
        services.AddAbuseLimits();

        services.AddOrganizationTeams();
        services.AddAbuseTeams();
        services.AddEvidenceTeams();
        services.AddProfilesTeams();
        services.AddIncidentsTeams();
        services.AddFaqTeams();
        services.AddTrainingTeams();
        services.AddConversations();
        return services;
    }
}
