using System.CommandLine;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Cli;

/// <summary><c>content validate</c>: checks the content files and names file, line and problem; exit 0 when all is well.</summary>
public static class ContentCommand
{
    public static Command Create(Func<string[], WebApplication> buildBot)
    {
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "The content folder (default: the one shipped with the bot, or the repository's content/)." };
        var validate = new Command("validate", "Check faq.yaml and synonyms.yaml: schema, duplicate ids, unknown topics, owners and follow-ups, over-long answers.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        validate.Options.Add(folder);
        validate.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var departments = app.Services.GetRequiredService<DepartmentDirectory>().All.Select(d => d.Id).ToList();
            var (content, problems) = FaqContentLoader.Load(parse.GetValue(folder)?.FullName ?? ContentFolder.Default(), departments);
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            if (content is null)
            {
                await Console.Error.WriteLineAsync($"content validate: {problems.Count} problem(s)").ConfigureAwait(false);
                return 1;
            }

            Console.WriteLine($"content: ok ({content.Entries.Count} FAQ entries in {content.Entries.Select(e => e.Topic).Distinct().Count()} topics, {content.SynonymGroups.Count} synonym groups)");
            return 0;
        });
        return new Command("content", "Work with the content files (FAQ, synonyms).") { Subcommands = { validate } };
    }
}
