using System.CommandLine;
using SocialRiskBot.Training.Reports;

namespace SocialRiskBot.Cli;

/// <summary><c>report training --csv</c>: the training evidence, one row per user × module, from the bot's storage.</summary>
public static class ReportCommand
{
    public static Command Create(Func<string[], WebApplication> buildBot)
    {
        var csv = new Option<bool>("--csv") { Description = "Print CSV (the only format for now; kept explicit so others can follow)." };
        var output = new Option<FileInfo?>("--output") { Description = "Write to this file instead of standard output." };
        var training = new Command("training", "Print every user × module: status, scores, attempts, pass date and content version, assigned due date, overdue, unreachable.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        training.Options.Add(csv);
        training.Options.Add(output);
        training.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(csv))
            {
                await Console.Error.WriteLineAsync("report training: add --csv (the report is CSV; in Teams, admins type `report training` for the card)").ConfigureAwait(false);
                return 1;
            }

            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var report = await app.Services.GetRequiredService<TrainingReport>().BuildAsync(cancellationToken).ConfigureAwait(false);
            var text = TrainingCsv.Write(report);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"report training: {report.Standings.Count} rows written to {file.FullName}").ConfigureAwait(false);
            }
            else
            {
                await Console.Out.WriteAsync(text).ConfigureAwait(false);
                await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return new Command("report", "Export reports from the bot's storage.") { Subcommands = { training } };
    }
}
