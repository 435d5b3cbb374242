using System.CommandLine;
using SocialRiskBot.Manifest;

// The Teams app package that installs the bot. A tool of its own: the bot never loads it.
var root = new RootCommand("The Teams app package: fill manifest/manifest.json from the bot's configuration, zip it with its icons, check it.");
root.Subcommands.Add(ManifestPackCommand.Create());
root.Subcommands.Add(ManifestValidateCommand.Create());

// Exceptions propagate: a crash must fail loudly.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
