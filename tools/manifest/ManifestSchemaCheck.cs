using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using SocialRiskBot.Hosting;

namespace SocialRiskBot.Manifest;

/// <summary>
/// The official Teams manifest schema check, offline: <c>tools/manifest/validate-schema.cjs</c> runs
/// <c>AppManifestUtils.validateAgainstSchema</c> from npm <c>@microsoft/app-manifest</c>, which bundles the schemas.
/// Needs the repository checkout, Node and <c>npm ci</c>.
/// </summary>
internal static class ManifestSchemaCheck
{
    private const string Script = "tools/manifest/validate-schema.cjs";
    private const string Package = "node_modules/@microsoft/app-manifest/package.json";
    private const string Remedy = "run npm ci at the repository root";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <exception cref="ManifestCheckUnavailableException">The check cannot run here.</exception>
    public static async Task<IReadOnlyList<ManifestProblem>> RunAsync(string manifestJson, CancellationToken cancellationToken)
    {
        var root = FindRepository();
        var script = Path.Combine(root, Script);
        if (!File.Exists(Path.Combine(root, Package)))
        {
            throw new ManifestCheckUnavailableException($"npm package @microsoft/app-manifest is not installed in {root}: {Remedy}.");
        }

        var start = new ProcessStartInfo("node", [script])
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };

        Process node;
        try
        {
            node = Process.Start(start) ?? throw new ManifestCheckUnavailableException($"node could not be started: install Node 20+ and {Remedy}.");
        }
        catch (Win32Exception)
        {
            throw new ManifestCheckUnavailableException($"node was not found on PATH: install Node 20+ and {Remedy}.");
        }

        using (node)
        {
            var stdout = node.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = node.StandardError.ReadToEndAsync(cancellationToken);
            await node.StandardInput.WriteAsync(manifestJson.AsMemory(), cancellationToken).ConfigureAwait(false);
            node.StandardInput.Close();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await node.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                node.Kill(entireProcessTree: true);
                throw new ManifestCheckUnavailableException($"the schema check did not finish within {Timeout.TotalSeconds:0} s.");
            }

            var output = await stdout.ConfigureAwait(false);
            var errors = (await stderr.ConfigureAwait(false)).Trim();
            return node.ExitCode switch
            {
                0 => Parse(output),
                2 => throw new ManifestCheckUnavailableException($"{errors} ({Remedy})"),
                _ => throw new ManifestCheckUnavailableException($"the schema check failed (node exit code {node.ExitCode}): {errors}"),
            };
        }
    }

    private static string FindRepository()
    {
        var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory) ?? RepositoryLayout.FindRoot(AppContext.BaseDirectory);
        if (root is null || !File.Exists(Path.Combine(root, Script)))
        {
            throw new ManifestCheckUnavailableException(
                $"the schema check runs with the repository's Node tools ({Script}), and no {RepositoryLayout.SolutionFile} with them was found above {Environment.CurrentDirectory} or {AppContext.BaseDirectory}: run it from a checkout, after you {Remedy}.");
        }

        return root;
    }

    private static List<ManifestProblem> Parse(string output)
    {
        try
        {
            return JsonSerializer.Deserialize<List<ManifestProblem>>(output, JsonSerializerOptions.Web) ?? [];
        }
        catch (JsonException ex)
        {
            throw new ManifestCheckUnavailableException($"the schema check printed something other than its JSON result: {ex.Message}");
        }
    }
}
