using System.CommandLine;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Exports;
using SocialRiskBot.Training.Exports;
using SocialRiskBot.Training.Summaries;

namespace SocialRiskBot.Cli;

/// <summary>
/// The admin exports, from the bot's storage: <c>report training --csv</c> (the training evidence, one row per
/// user × module) and <c>report incidents --csv</c> (the cases' audit trail). <c>export</c> is the same command:
/// <c>report</c> stays because operators' scripts type it.
/// </summary>
public static class ExportCommand
{
    public const string Name = "report";

    public const string Alias = "export";

    public static Command Create(Func<string[], WebApplication> buildBot)
    {
        var command = new Command(Name, "Export the training records or the cases' audit trail as CSV from the bot's storage (also: export).")
        {
            Subcommands = { Training(buildBot), Incidents(buildBot) },
        };
        command.Aliases.Add(Alias);
        return command;
    }

    /// <summary><c>report training --csv</c>: every user × module.</summary>
    private static Command Training(Func<string[], WebApplication> buildBot) => Csv(
        "training",
        "Print every user × module: status, scores, attempts, pass date and content version, assigned due date, overdue, unreachable.",
        "report training: add --csv (the report is CSV; in Teams, admins type `report training` for the card)",
        buildBot,
        async (services, cancellationToken) =>
        {
            var summary = await services.GetRequiredService<TrainingSummaryBuilder>().BuildAsync(cancellationToken).ConfigureAwait(false);
            return (TrainingCsv.Write(summary), summary.Standings.Count);
        });

    /// <summary><c>report incidents --csv</c>: the audit trail, one row per history event of every case.</summary>
    private static Command Incidents(Func<string[], WebApplication> buildBot) => Csv(
        "incidents",
        "Print the audit trail: one row per history event of every case (case, category, severity, status, owner department, reported at, event time, who, what).",
        "report incidents: add --csv (the audit trail is CSV; in Teams, admins type `report incidents` for the monthly summary)",
        buildBot,
        (services, cancellationToken) => AuditCsv.WriteAsync(services.GetRequiredService<CaseArchive>().ReadAsync(null, cancellationToken), cancellationToken));

    /// <summary>One CSV export: refused without <c>--csv</c>; written to <c>--output</c> or standard output.</summary>
    private static Command Csv(
        string name,
        string description,
        string withoutCsv,
        Func<string[], WebApplication> buildBot,
        Func<IServiceProvider, CancellationToken, Task<(string Csv, int Rows)>> export)
    {
        var csv = new Option<bool>("--csv") { Description = "Print CSV (the only format for now; kept explicit so others can follow)." };
        var output = new Option<FileInfo?>("--output") { Description = "Write to this file instead of standard output." };
        var command = new Command(name, description)
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(csv);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(csv))
            {
                await Console.Error.WriteLineAsync(withoutCsv).ConfigureAwait(false);
                return 1;
            }

            await using var app = buildBot([.. parse.UnmatchedTokens]);
            var (text, rows) = await export(app.Services, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, cancellationToken).ConfigureAwait(false);
                await Console.Error.WriteLineAsync($"{Name} {name}: {rows} rows written to {file.FullName}").ConfigureAwait(false);
            }
            else
            {
                await Console.Out.WriteAsync(text).ConfigureAwait(false);
                await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
