using System.CommandLine;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Teams;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Cli;

/// <summary><c>faq eval</c> and <c>faq gaps</c>: measure the FAQ's answers and see what it could not answer.</summary>
public static class FaqCommand
{
    public static Command Create(Func<string[], WebApplication> buildBot)
    {
        var input = new Option<string>("--input") { Description = "A JSON-lines file of {\"q\": \"...\"}; - reads standard input.", Required = true };
        var explain = new Option<bool>("--explain") { Description = "Also print the best entry and the evidence its confidence rests on (for tuning)." };
        var features = new Option<bool>("--features") { Description = "Print instead the raw evidence for every entry (for tools/faq/fit-confidence.py)." };
        var eval = new Command("eval", "Print, for each question, the entry the bot would answer with (null when it would not answer outright), its topic and the confidence.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        eval.Options.Add(input);
        eval.Options.Add(explain);
        eval.Options.Add(features);
        eval.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(input)!;
            var (questions, problem) = await FaqEvalInput.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                await Console.Error.WriteLineAsync($"faq eval: {problem}").ConfigureAwait(false);
                return 1;
            }

            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var answerer = app.Services.GetRequiredService<FaqAnswerer>();
            var output = Console.Out;
            if (parse.GetValue(features))
            {
                await output.WriteLineAsync(FaqFeaturesLine.Header(app.Services.GetRequiredService<FaqLibrary>().Current.Content.Entries)).ConfigureAwait(false);
            }

            foreach (var question in questions)
            {
                var line = parse.GetValue(features)
                    ? FaqFeaturesLine.Format(question, await answerer.GatherAsync(question, cancellationToken).ConfigureAwait(false))
                    : FaqEvalLine.Format(question, await answerer.DecideAsync(question, cancellationToken).ConfigureAwait(false), parse.GetValue(explain));
                await output.WriteLineAsync(line).ConfigureAwait(false);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return new Command("faq", "Measure and curate the FAQ.") { Subcommands = { eval, Gaps(buildBot) } };
    }

    private static Command Gaps(Func<string[], WebApplication> buildBot)
    {
        var days = new Option<int>("--days") { Description = "How far back to look, in days.", DefaultValueFactory = _ => (int)FaqGapsConversation.Window.TotalDays };
        var gaps = new Command("gaps", "Print the questions the FAQ did not answer or answered unhelpfully, grouped by similarity with counts, and the policy teams' answers to add.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        gaps.Options.Add(days);
        gaps.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(days) is var window && window is < 1 or > 3650)
            {
                await Console.Error.WriteLineAsync("faq gaps: --days must be between 1 and 3650").ConfigureAwait(false);
                return 1;
            }

            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var report = await app.Services.GetRequiredService<FaqGaps>().BuildAsync(TimeSpan.FromDays(window), cancellationToken).ConfigureAwait(false);
            var departments = app.Services.GetRequiredService<DepartmentDirectory>();
            foreach (var line in FaqGapsText.Lines(report, id => departments.Find(id)?.Name ?? id))
            {
                Console.WriteLine(line);
            }

            return 0;
        });
        return gaps;
    }
}
