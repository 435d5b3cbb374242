using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>
/// A temp folder holding the app's SQLite database. Each <see cref="StartInstance"/> builds the incident area's
/// services as the app does (real storage registration, real options validation) over that one database, the
/// way a second server would share it.
/// </summary>
public sealed class TempStorage : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-incidents-").FullName;
    private readonly List<ServiceProvider> _instances = [];

    public ServiceProvider StartInstance(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Sqlite:Path"] = Path.Combine(_folder, "bot.db"),
                ["Storage:Blobs:Root"] = Path.Combine(_folder, "blobs"),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new FolderEnvironment(_folder))
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddStorage();
        services.AddOrganization();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddOutbox();
        services.AddIncidents();
        var instance = services.BuildServiceProvider();
        _instances.Add(instance);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

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

    private sealed class FolderEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "SocialRiskBot";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
