using SocialRiskBot;
using SocialRiskBot.Cli;
using SocialRiskBot.Hosting;

// No subcommand: serve the bot. Subcommands (Cli/) build the same application and use its services.
return await BotCommandLine.RunAsync(args, BuildBot);

static WebApplication BuildBot(string[] args)
{
    var builder = WebApplication.CreateBuilder(args);
    builder.UseBotHostDefaults();
    builder.Services.AddSocialRiskBot(builder.Configuration, builder.Environment);

    var app = builder.Build();
    app.MapBotEndpoint();
    app.MapHealthEndpoints();
    app.MapEvidenceEndpoint();
    return app;
}

/// <summary>Entry point type, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
