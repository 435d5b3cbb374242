using System.CommandLine;

namespace SocialRiskBot.Cli;

/// <summary><c>manifest pack</c> and <c>manifest validate</c>: the Teams app package that installs the bot.</summary>
public static class ManifestCommand
{
    public static Command Create(Func<string[], WebApplication> buildBot)
    {
        var command = new Command("manifest", "The Teams app package: fill manifest/manifest.json from configuration, zip it with its icons, check it.");
        command.Subcommands.Add(ManifestPackCommand.Create(buildBot));
        command.Subcommands.Add(ManifestValidateCommand.Create(buildBot));
        return command;
    }

    /// <summary>
    /// The template filled from the bot's configuration (<c>Manifest:AppId</c>, <c>Manifest:Domain</c>, <c>Bot:AppId</c>),
    /// with its icons; null when a setting is missing or malformed, each one named in <paramref name="problems"/>.
    /// </summary>
    internal static ManifestPackage? FillTemplate(Func<string[], WebApplication> buildBot, IReadOnlyList<string> configurationArgs, out IReadOnlyList<string> problems)
    {
        // Only configuration and services are used: nothing is started, no store is opened.
        using var app = buildBot([.. configurationArgs]);
        try
        {
            if (ManifestValues.From(app.Services, app.Configuration, out problems) is not { } values)
            {
                return null;
            }

            var template = ManifestTemplate.Load();
            return ManifestPackage.FromTemplate(template, template.Fill(values.Placeholders));
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException)
        {
            problems = [ex.Message];
            return null;
        }
    }
}
