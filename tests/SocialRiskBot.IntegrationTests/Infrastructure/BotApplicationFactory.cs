using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real bot host in memory, configured by settings, with its SQLite store in a temp folder. With an app id
/// configured, the outbound token provider is the one replaced part (it would call Entra); everything else is
/// the production path.
/// </summary>
public sealed class BotApplicationFactory(IReadOnlyDictionary<string, string?> settings, bool stubOutboundToken = true) : WebApplicationFactory<Program>
{
    public const string OutboundToken = "test-bot-token";

    private readonly string _folder = Directory.CreateTempSubdirectory("srb-http-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_folder, "bot.db"));
        builder.UseSetting("Storage:Blobs:Root", Path.Combine(_folder, "blobs"));
        builder.UseSetting("Bot:Connector:RetryBaseDelay", "00:00:00.010");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (stubOutboundToken)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider(OutboundToken)));
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private sealed class StaticTokenProvider(string token) : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }
}
