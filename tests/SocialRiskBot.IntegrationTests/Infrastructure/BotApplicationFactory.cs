using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// The real bot host in memory, configured by settings, with its SQLite store in a temp folder, in the "Testing"
/// environment unless told otherwise (so without an app id it needs <c>Bot:AllowUnauthenticated</c>, as in
/// production). With an app id configured, the outbound token provider is the one replaced part (it would call
/// Entra); everything else is the production path. <paramref name="logs"/>, when given, receives the host's logs.
/// </summary>
public sealed class BotApplicationFactory(
    IReadOnlyDictionary<string, string?> settings,
    bool stubOutboundToken = true,
    string environment = "Testing",
    CapturingLoggerProvider? logs = null) : WebApplicationFactory<Program>
{
    public const string OutboundToken = "test-bot-token";

    private readonly string _folder = Directory.CreateTempSubdirectory("srb-http-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }

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
