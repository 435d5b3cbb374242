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
        var validate = new Command("validate", "Check faq.yaml, synonyms.yaml and training/*.yaml: schema, duplicate ids, unknown topics, owners and follow-ups, choices and answers, over-long texts, and every {placeholder} against the configured categories, departments, commands and modules.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        validate.Options.Add(folder);
        validate.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var departments = app.Services.GetRequiredService<DepartmentDirectory>().All.Select(d => d.Id).ToList();
            var root = parse.GetValue(folder)?.FullName ?? ContentFolder.Default();
            var (content, faqProblems) = FaqContentLoader.Load(root, departments);
            var (modules, trainingProblems) = TrainingContentLoader.Load(Path.Combine(root, TrainingCatalog.Folder));
            var problems = faqProblems.Concat(trainingProblems).Concat(References(app.Services, root, modules ?? [])).ToList();
            foreach (var problem in problems)
            {
                await Console.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
            }

            if (content is null || modules is null || problems.Count > 0)
            {
                await Console.Error.WriteLineAsync($"content validate: {problems.Count} problem(s)").ConfigureAwait(false);
                return 1;
            }

            Console.WriteLine($"content: ok ({content.Entries.Count} FAQ entries in {content.Entries.Select(e => e.Topic).Distinct().Count()} topics, {content.SynonymGroups.Count} synonym groups, "
                + $"{modules.Count} training modules with {modules.Sum(m => m.Questions.Count)} questions)");
            return 0;
        });
        return new Command("content", "Work with the content files (FAQ, synonyms, training).") { Subcommands = { validate } };
    }

    /// <summary>Placeholders and names checked against the configuration this command was started with.</summary>
    /// <remarks>The modules are the ones in <paramref name="root"/>, which may not be the ones the bot started with.</remarks>
    private static IReadOnlyList<ContentProblem> References(IServiceProvider services, string root, IReadOnlyList<TrainingModule> modules)
    {
        var sources = services.GetServices<IContentSource>().Select(s => s is TrainingContentSource ? new TrainingContentSource(modules) : s).ToList();
        return ContentReferenceScan.Check(root, ContentVocabulary.From(sources), sources);
    }
}
