using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialRiskBot.BotFramework;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Organization;
using SocialRiskBot.Outbox;
using SocialRiskBot.Profiles;
using SocialRiskBot.Storage;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.FanOutBench;

/// <summary>
/// The bot as the application wires it for training outreach (Program.cs: AddBotFramework, AddStorage, AddOutbox,
/// AddCards, AddOrganization, AddTraining, AddProfiles), Production settings, on a SQLite file: the outreach and
/// outbox dispatch jobs run as the hosted services they are in the app. Working hours are all week, all day.
/// </summary>
public static class BotHost
{
    public static IHost Build(string folder, TeamsLimitsConnector connector, FanOutOptions options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = folder,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(folder, "bot.db"),
            ["Bot:AllowUnauthenticated"] = "true", // Production without an app id: no token on the stub connector
            ["Bot:TrustedServiceUrls:0"] = connector.BaseUrl,
            ["Bot:Connector:TenantRequestsPerSecond"] = options.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Training:WorkdayStart"] = "00:00:00",
            ["Training:WorkdayEnd"] = "1.00:00:00",
            ["Training:WorkingDays:0"] = "Sunday",
            ["Training:WorkingDays:1"] = "Monday",
            ["Training:WorkingDays:2"] = "Tuesday",
            ["Training:WorkingDays:3"] = "Wednesday",
            ["Training:WorkingDays:4"] = "Thursday",
            ["Training:WorkingDays:5"] = "Friday",
            ["Training:WorkingDays:6"] = "Saturday",
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        // Each blocked recipient is an error log line by design; the summary counts them instead.
        builder.Logging.AddFilter("SocialRiskBot.Outbox.OutboxDispatcher", LogLevel.None);
        builder.Services.AddBotFramework();
        builder.Services.AddStorage();
        builder.Services.AddOutbox();
        builder.Services.AddCards();
        builder.Services.AddOrganization();
        builder.Services.AddTraining();
        builder.Services.AddProfiles();
        builder.Services.AddTrainingTeams();
        builder.Services.AddSingleton<ConversationReferenceStore>();
        return builder.Build();
    }
}
