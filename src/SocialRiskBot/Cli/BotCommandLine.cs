using System.CommandLine;

namespace SocialRiskBot.Cli;

/// <summary>
/// The executable's command line. No subcommand serves the bot (host options such as <c>--urls</c> pass
/// through); subcommands reuse the same configured services.
/// </summary>
public static class BotCommandLine
{
    public static Task<int> RunAsync(string[] args, Func<string[], WebApplication> buildBot)
    {
        var root = new RootCommand("SocialRiskBot: a Microsoft Teams bot for social-media risk. Without a subcommand it serves the bot.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = buildBot(args);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        root.Subcommands.Add(CheckCommand.Create(buildBot));
        root.Subcommands.Add(ContentCommand.Create(buildBot));
        root.Subcommands.Add(FaqCommand.Create(buildBot));
        root.Subcommands.Add(ManifestCommand.Create());
        root.Subcommands.Add(ExportCommand.Create(buildBot));

        // Exceptions propagate: the test host stops Main by throwing through it, and a crash must fail loudly.
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }
}
