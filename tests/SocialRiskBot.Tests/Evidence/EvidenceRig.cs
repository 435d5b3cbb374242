using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.Evidence;
using SocialRiskBot.Evidence.Teams;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Tests.Evidence;

/// <summary>
/// One bot instance's evidence services, wired as the app wires them, on SQLite and file-system blobs in a folder
/// (pass another rig's folder for a second instance on the same storage), with a fake clock and a fixed bot token.
/// </summary>
public sealed class EvidenceRig : IAsyncDisposable
{
    public const string BotToken = "bot-token-for-tests";

    private readonly bool _ownsFolder;
    private readonly ServiceProvider _services;

    public EvidenceRig(IReadOnlyDictionary<string, string?>? settings = null, string? folder = null)
    {
        _ownsFolder = folder is null;
        Folder = folder ?? Directory.CreateTempSubdirectory("srb-evidence-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(Folder, "bot.db"),
            ["Storage:Blobs:Root"] = Path.Combine(Folder, "blobs"),
            ["Bot:AllowUnauthenticated"] = "true", // no app id, outside Development
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new RigEnvironment(Folder))
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(Time);
        services.AddBotFramework();
        services.AddStorage();
        services.AddEvidence();
        services.AddEvidenceTeams();
        services.AddSingleton<IBotTokenProvider>(new FixedToken());
        _services = services.BuildServiceProvider();
    }

    public string Folder { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public EvidenceIntake Intake => _services.GetRequiredService<EvidenceIntake>();

    public EvidenceLinks Links => _services.GetRequiredService<EvidenceLinks>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Every file under the blob folder: stored blobs, their content types, uploads in progress.</summary>
    public IReadOnlyList<string> FilesUnderBlobs()
    {
        var root = Path.Combine(Folder, "blobs");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private sealed class RigEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "SocialRiskBot";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private sealed class FixedToken : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(BotToken);
    }
}
