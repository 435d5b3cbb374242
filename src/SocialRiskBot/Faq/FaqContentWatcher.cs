using SocialRiskBot.Content;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Faq;

/// <summary>
/// Development only: rebuilds the FAQ index when a file in the content folder changes, so authors see their edit
/// on the next question. Content with a problem is logged and the previous snapshot stays.
/// </summary>
public sealed partial class FaqContentWatcher(FaqLibrary library, DepartmentDirectory departments, ILogger<FaqContentWatcher> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private FileSystemWatcher? watcher;
    private Timer? debounce;

    public string Folder { get; init; } = ContentFolder.Default();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        debounce = new Timer(_ => _ = RebuildAsync());
        watcher = new FileSystemWatcher(Folder, "*.yaml") { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        watcher?.Dispose();
        debounce?.Dispose();
        watcher = null;
        debounce = null;
    }

    /// <summary>Editors write a file in several steps; rebuild once they have settled.</summary>
    private void OnChange(object sender, FileSystemEventArgs e) => debounce?.Change(Settle, Timeout.InfiniteTimeSpan);

    /// <summary>Only the texts that changed are encoded again; questions are answered from the previous version meanwhile.</summary>
    internal async Task RebuildAsync()
    {
        try
        {
            await library.ReloadAsync(FaqLibrary.Load(Folder, [.. departments.All.Select(d => d.Id)], library.Semantics)).ConfigureAwait(false);
            LogReloaded(logger, library.Current.Content.Entries.Count);
        }
        catch (ContentException ex)
        {
            LogRefused(logger, ex.Message);
        }
        catch (IOException ex)
        {
            LogRefused(logger, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "FAQ content changed: index rebuilt with {Entries} entries")]
    private static partial void LogReloaded(ILogger logger, int entries);

    [LoggerMessage(Level = LogLevel.Warning, Message = "FAQ content changed but has problems; still answering from the previous version:\n{Problems}")]
    private static partial void LogRefused(ILogger logger, string problems);
}
