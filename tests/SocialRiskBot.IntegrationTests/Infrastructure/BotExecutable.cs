using System.Diagnostics;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the real bot executable (built next to the tests) as a process, the way an operator would; or another
/// executable of the repository, such as the manifest tool.
/// </summary>
public static class BotExecutable
{
    public const string BotAssembly = "SocialRiskBot.dll";

    /// <summary>Settings an operator's shell might carry that would change what the tests mean.</summary>
    private static readonly string[] Cleared = ["Bot__AppId", "MicrosoftAppId", "Manifest__AppId", "Manifest__Domain"];

    /// <returns>The exit code and everything written to stdout and stderr.</returns>
    public static Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAssemblyAsync(BotAssembly, workingDirectory, environment, args);

    /// <returns>The exit code and everything written to stdout and stderr by <paramref name="assembly"/>, built next to the tests.</returns>
    public static async Task<(int ExitCode, string Output)> RunAssemblyAsync(string assembly, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, assembly), .. args])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__Sqlite__Path"] = Path.Combine(workingDirectory, "bot.db");
        foreach (var inherited in Cleared)
        {
            start.Environment.Remove(inherited);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
