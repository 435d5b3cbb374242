using Microsoft.Extensions.Configuration.Json;

namespace SocialRiskBot.Hosting;

/// <summary>
/// Where the checked-out repository is, when the bot runs from one (development, tests, benchmarks). The manifest
/// tool (<c>tools/manifest</c>) compiles this file too, so both find the checkout and its settings the same way.
/// </summary>
public static class RepositoryLayout
{
    public const string SolutionFile = "SocialRiskBot.sln";

    public const string DevelopmentSettingsFile = "appsettings.Development.json";

    /// <returns>The folder holding <see cref="SolutionFile"/>, searching up from <paramref name="start"/>; null when deployed.</returns>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// In Development, reads <see cref="DevelopmentSettingsFile"/> from the repository root (found above the content
    /// root or the executable), where newcomers look for it. It goes after the last JSON file and before environment
    /// variables and the command line, so those still win.
    /// </summary>
    public static void AddDevelopmentSettings(IConfigurationBuilder configuration, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment()
            || (FindRoot(environment.ContentRootPath) ?? FindRoot(AppContext.BaseDirectory)) is not { } root)
        {
            return;
        }

        var sources = configuration.Sources;
        var afterLastJsonFile = sources.ToList().FindLastIndex(s => s is JsonConfigurationSource) + 1;
        var file = new JsonConfigurationSource
        {
            Path = Path.Combine(root, DevelopmentSettingsFile),
            Optional = true,
            ReloadOnChange = false,
        };
        file.ResolveFileProvider();
        sources.Insert(afterLastJsonFile, file);
    }
}
