using System.CommandLine;
using SocialRiskBot.Content;
using SocialRiskBot.Faq;
using SocialRiskBot.Organization;
using SocialRiskBot.Training;

namespace SocialRiskBot.Cli;

/// <summary><c>content validate</c>: checks the content files and names file, line and problem; exit 0 when all is well.</summary>
public static class ContentCommand
{
    public static Command Create(Func<string[], WebApplication> buildBot)
    {
        var folder = new Option<DirectoryInfo?>("--folder") { Description = "The content folder (default: the one shipped with the bot, or the repository's content/)." };
        var validate = new Command("validate", "Check faq.yaml, synonyms.yaml and training/*.yaml: schema, duplicate ids, unknown topics, owners and follow-ups, choices and answers, over-long texts.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        validate.Options.Add(folder);
        validate.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var departments = app.Services.GetRequiredService<DepartmentDirectory>().All.Select(d => d.Id).ToList();
            var root = parse.GetValue(folder)?.FullName ?? ContentFolder.Default();
            var (content, problems) = FaqContentLoader.Load(root, departments);
            var (modules, trainingProblems) = TrainingContentLoader.Load(Path.Combine(root, TrainingCatalog.Folder));
            foreach (var problem in problems.Concat(trainingProblems))
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            if (content is null || modules is null)
            {
                await Console.Error.WriteLineAsync($"content validate: {problems.Count + trainingProblems.Count} problem(s)").ConfigureAwait(false);
                return 1;
            }

            Console.WriteLine($"content: ok ({content.Entries.Count} FAQ entries in {content.Entries.Select(e => e.Topic).Distinct().Count()} topics, {content.SynonymGroups.Count} synonym groups, "
                + $"{modules.Count} training modules with {modules.Sum(m => m.Questions.Count)} questions)");
            return 0;
        });
        return new Command("content", "Work with the content files (FAQ, synonyms, training).") { Subcommands = { validate } };
    }
}
