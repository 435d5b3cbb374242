using System.CommandLine;

namespace SocialRiskBot.Manifest;

/// <summary><c>pack --out &lt;zip&gt;</c>: the Teams app package, ready to upload as a custom app.</summary>
internal static class ManifestPackCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Where to write the zip (manifest.json, color.png and outline.png at its root).",
            Required = true,
        };
        var command = new Command(
            "pack",
            "Fill manifest/manifest.json from configuration (Bot:AppId, Manifest:AppId, Manifest:Domain) and write the Teams app package; exit code 1 when a setting is missing or the result is not valid.")
        {
            TreatUnmatchedTokensAsErrors = false, // configuration such as --Manifest:Domain=bot.contoso.com
        };
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = Path.GetFullPath(parse.GetRequiredValue(output));
            var package = ManifestSettings.FillTemplate(parse.UnmatchedTokens, out var settingProblems);
            if (package is null)
            {
                return await RefuseAsync(target, settingProblems).ConfigureAwait(false);
            }

            var problems = ManifestChecks.Run(package);
            if (problems.Count > 0)
            {
                return await RefuseAsync(target, [.. problems.Select(p => p.ToString())]).ConfigureAwait(false);
            }

            try
            {
                package.WriteZip(target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await RefuseAsync(target, [$"the zip could not be written: {ex.Message}"]).ConfigureAwait(false);
            }

            var files = string.Join(", ", new[] { ManifestPackage.ManifestFileName }.Concat(ManifestPackage.IconNames(package.ManifestJson)));
            Console.WriteLine($"manifest pack: wrote {target} ({files})");
            Console.WriteLine($"check it with: validate --package {target}");
            return 0;
        });
        return command;
    }

    private static async Task<int> RefuseAsync(string target, IReadOnlyList<string> problems)
    {
        await Console.Error.WriteLineAsync($"manifest pack: {target} was not written:").ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync($"  {problem}").ConfigureAwait(false);
        }

        return 1;
    }
}
