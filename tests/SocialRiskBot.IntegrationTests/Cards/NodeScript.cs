using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>Runs one of the Node scripts of <c>tests/conformance/</c> with JSON on stdin, in one node process.</summary>
internal static class NodeScript
{
    // Only a bound for a hung process (a normal run takes a second or two); nothing asserts on time.
    private static readonly TimeSpan HangBound = TimeSpan.FromMinutes(2);

    // What the scripts load from node_modules: without them the checks cannot run, and they must not be skipped.
    private static readonly string[] RequiredPackageFiles =
    [
        "adaptivecards/dist/adaptivecards.js",
        "adaptivecards/dist/adaptivecards.min.js",
        "adaptivecards-templating/package.json",
        "playwright-core/package.json",
    ];

    public sealed record Output(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>The non-empty lines of stdout: the scripts print one JSON result per line.</summary>
        public IReadOnlyList<string> Lines =>
            StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static async Task<Output> RunAsync(string scriptName, string input)
    {
        var root = RepositoryRoot.Find();
        var missing = RequiredPackageFiles.Where(file => !File.Exists(Path.Combine(root, "node_modules", file))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The card conformance checks need the repository's npm packages (missing: {string.Join(", ", missing)}): run npm ci at the repository root ({root}).");
        }

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(root, "tests", "conformance", scriptName));

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Node.js 20 or newer is needed for the card conformance checks: install it, then run npm ci at the repository root ({root}).", e);
        }

        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();

        using var hang = new CancellationTokenSource(HangBound);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {scriptName} did not finish within {HangBound.TotalSeconds} s; its errors so far:\n{await standardError}");
        }

        return new Output(process.ExitCode, await standardOutput, await standardError);
    }
}
