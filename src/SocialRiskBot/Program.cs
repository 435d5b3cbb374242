using SocialRiskBot.BotFramework;
using SocialRiskBot.Cards;
using SocialRiskBot.Cli;
using SocialRiskBot.Content;
using SocialRiskBot.Conversations;
using SocialRiskBot.Evidence;
using SocialRiskBot.Faq;
using SocialRiskBot.Hosting;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Outbox;
using SocialRiskBot.Profiles;
using SocialRiskBot.Storage;
using SocialRiskBot.Telemetry;
using SocialRiskBot.Training;

// No subcommand: serve the bot. Subcommands (Cli/) build the same application and use its services.
return await BotCommandLine.RunAsync(args, BuildBot);

static WebApplication BuildBot(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.UseBotHostDefaults();
    builder.Services.AddTelemetry(builder.Configuration);
    builder.Services.AddBotFramework();
    builder.Services.AddStorage();
    builder.Services.AddOutbox();
    builder.Services.AddCards();
    builder.Services.AddOrganization();
    builder.Services.AddIncidents();
    builder.Services.AddFaq(builder.Environment);
    builder.Services.AddTraining();
    builder.Services.AddContentReferences();
    builder.Services.AddProfiles();
    builder.Services.AddEvidence();
    builder.Services.AddConversations();

    var app = builder.Build();
    app.MapBotEndpoint();
    app.MapHealthEndpoints();
    app.MapEvidenceEndpoint();
    return app;
}

/// <summary>Entry point type, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
