using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialRiskBot.BotFramework;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.FanOutBench;

/// <summary>
/// The bot's outbound half as the application wires it (Program.cs: AddBotFramework, AddStorage, AddOutbox),
/// Production settings, on a SQLite file: the outbox dispatch job runs as the hosted service it is in the app.
/// </summary>
public static class BotHost
{
    public static IHost Build(string folder, TeamsLimitsConnector connector, FanOutOptions options, DeliveryLedger ledger)
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
            ["Bot:TrustedServiceUrls:0"] = connector.BaseUrl,
            ["Bot:Connector:TenantRequestsPerSecond"] = options.Rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        // Each blocked recipient is an error log line by design; the summary counts them instead.
        builder.Logging.AddFilter("SocialRiskBot.Outbox.OutboxDispatcher", LogLevel.None);
        builder.Services.AddBotFramework();
        builder.Services.AddStorage();
        builder.Services.AddOutbox();
        builder.Services.AddSingleton<IOutboxObserver>(ledger);
        return builder.Build();
    }
}
