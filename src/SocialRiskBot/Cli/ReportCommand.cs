using System.CommandLine;
using SocialRiskBot.Incidents.Reports;
using SocialRiskBot.Training.Reports;

namespace SocialRiskBot.Cli;

/// <summary>
/// <c>report training --csv</c> (the training evidence, one row per user × module) and <c>report incidents --csv</c>
/// (the cases' audit trail), from the bot's storage.
/// </summary>
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
        return new Command("report", "Export reports from the bot's storage.") { Subcommands = { training, Incidents(buildBot) } };
    }

    /// <summary><c>report incidents --csv</c>: the audit trail, one row per history event of every case.</summary>
    private static Command Incidents(Func<string[], WebApplication> buildBot)
    {
        var csv = new Option<bool>("--csv") { Description = "Print CSV (the only format for now; kept explicit so others can follow)." };
        var output = new Option<FileInfo?>("--output") { Description = "Write to this file instead of standard output." };
        var incidents = new Command("incidents", "Print the audit trail: one row per history event of every case (case, category, severity, status, owner department, reported at, event time, who, what).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        incidents.Options.Add(csv);
        incidents.Options.Add(output);
        incidents.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(csv))
            {
                await Console.Error.WriteLineAsync("report incidents: add --csv (the audit trail is CSV; in Teams, admins type `report incidents` for the monthly summary)").ConfigureAwait(false);
                return 1;
            }

            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var cases = app.Services.GetRequiredService<CaseArchive>().ReadAsync(null, cancellationToken);
            var (text, rows) = await AuditCsv.WriteAsync(cases, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"report incidents: {rows} rows written to {file.FullName}").ConfigureAwait(false);
            }
            else
            {
                await Console.Out.WriteAsync(text).ConfigureAwait(false);
                await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return incidents;
    }
}
