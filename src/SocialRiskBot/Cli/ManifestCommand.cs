using System.CommandLine;

namespace SocialRiskBot.Cli;

/// <summary>
/// <c>manifest …</c> on the bot: the Teams app package is the manifest tool's (<c>tools/manifest</c>), which the bot
/// does not load. Says where it is instead of serving the bot.
/// </summary>
public static class ManifestCommand
{
    public const string ToolHint =
        "the Teams app package is made by the manifest tool: dotnet run --project tools/manifest -- pack --out <zip> (or validate [--package <zip>]); see docs/deployment.md";

    public static Command Create()
    {
        var command = new Command("manifest", "The Teams app package is the manifest tool's: dotnet run --project tools/manifest -- pack | validate.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await Console.Error.WriteLineAsync($"manifest: {ToolHint}").ConfigureAwait(false);
            return 1;
        });
        return command;
    }
}
