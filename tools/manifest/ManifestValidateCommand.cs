using System.CommandLine;

namespace SocialRiskBot.Manifest;

/// <summary>
/// <c>validate [--package &lt;zip&gt;]</c>: the official schema (offline), semver <c>version</c>, and the icons.
/// Exit 0 valid, 1 problems (each printed with its JSON path), 2 the check cannot run here.
/// </summary>
internal static class ManifestValidateCommand
{
    public static Command Create()
    {
        var packageOption = new Option<string>("--package")
        {
            Description = "A packed zip to check. Without it, the template filled from configuration is checked, as pack would write it.",
        };
        var command = new Command(
            "validate",
            "Check the Teams app manifest against the official schema (offline, needs npm ci), its version against semver, and its icons; exit 0 valid, 1 problems, 2 the check cannot run.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(packageOption);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var problems = new List<ManifestProblem>();
            ManifestPackage? package;
            if (parse.GetValue(packageOption) is { } zip)
            {
                if (!File.Exists(zip))
                {
                    await Console.Error.WriteLineAsync($"manifest validate: {Path.GetFullPath(zip)} does not exist.").ConfigureAwait(false);
                    return 1;
                }

                package = ManifestPackage.ReadZip(zip, out var layoutProblems);
                problems.AddRange(layoutProblems);
            }
            else
            {
                package = ManifestSettings.FillTemplate(parse.UnmatchedTokens, out var settingProblems);
                problems.AddRange(settingProblems.Select(p => new ManifestProblem("configuration", p)));
            }

            if (package is not null)
            {
                var ownChecks = ManifestChecks.Run(package);
                problems.AddRange(ownChecks);
                if (!ownChecks.Any(p => p.Path == "$"))
                {
                    try
                    {
                        problems.AddRange(await ManifestSchemaCheck.RunAsync(package.ManifestJson, cancellationToken).ConfigureAwait(false));
                    }
                    catch (ManifestCheckUnavailableException ex)
                    {
                        Print(problems);
                        await Console.Error.WriteLineAsync($"manifest validate: the schema check cannot run: {ex.Message}").ConfigureAwait(false);
                        return 2;
                    }
                }
            }

            return Report(problems);
        });
        return command;
    }

    private static int Report(List<ManifestProblem> problems)
    {
        var count = Print(problems);
        Console.WriteLine(count switch
        {
            0 => "manifest: ok (schema, version, icons)",
            1 => "manifest: 1 problem",
            _ => $"manifest: {count} problems",
        });
        return count == 0 ? 0 : 1;
    }

    private static int Print(List<ManifestProblem> problems)
    {
        var distinct = problems.Distinct().ToList();
        foreach (var problem in distinct)
        {
            Console.WriteLine(problem);
        }

        return distinct.Count;
    }
}
