using System.CommandLine;
using Microsoft.Extensions.Options;
using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Cli;

/// <summary><c>check</c>: validates configuration, card templates, content and storage, then exits (0 = ready to serve).</summary>
public static class CheckCommand
{
    public static Command Create(Func<string[], WebApplication> buildBot)
    {
        var command = new Command("check", "Validate configuration, card templates and storage without serving; exit code 0 when all are fine.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                await using var app = buildBot([.. parse.UnmatchedTokens]);
                app.Services.GetRequiredService<IStartupValidator>().Validate();
                Console.WriteLine("configuration: ok");
                var cards = app.Services.GetRequiredService<CardRenderer>();
                Console.WriteLine($"card templates: ok ({cards.TemplateNames.Count()})");
                var faq = app.Services.GetRequiredService<FaqLibrary>().Current.Content;
                var training = app.Services.GetRequiredService<Training.TrainingCatalog>();
                app.Services.GetRequiredService<ContentReferences>();
                Console.WriteLine($"content: ok ({faq.Entries.Count} FAQ entries, {training.Modules.Count} training modules, every reference resolves)");
                await app.Services.GetRequiredService<ITableStore>().CheckAvailableAsync(cancellationToken).ConfigureAwait(false);
                Console.WriteLine("storage: ok");
                return 0;
            }
            catch (Exception ex) when (ex is OptionsValidationException or CardTemplateException or ContentException or StorageException or DirectoryNotFoundException)
            {
                await Console.Error.WriteLineAsync($"check failed: {ex.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }
}
