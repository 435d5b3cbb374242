using System.Globalization;
using System.Text;
using SocialRiskBot.Exports;
using SocialRiskBot.Training.Summaries;

namespace SocialRiskBot.Training.Exports;

/// <summary>The training evidence as CSV (RFC 4180), one row per user × module.</summary>
public static class TrainingCsv
{
    public static readonly string[] Header =
    [
        "user_key", "name", "department", "module", "status", "best_percent", "last_percent", "attempts",
        "passed_at", "passed_content_version", "last_finished_at", "assigned_due", "overdue", "unreachable",
    ];

    public static string Write(TrainingSummary summary)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Header));
        foreach (var s in summary.Standings)
        {
            csv.AppendLine(string.Join(',', new[]
            {
                s.UserKey, s.Name, s.DepartmentId, s.ModuleId, s.Status, Number(s.BestPercent), Number(s.LastPercent), Number(s.Attempts),
                Time(s.PassedAt), s.PassedVersion, Time(s.LastFinishedAt), s.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                s.Overdue ? "yes" : "no", s.Unreachable ? "yes" : "no",
            }.Select(SpreadsheetCsv.Field)));
        }

        return csv.ToString();
    }

    /// <summary>The shared CSV field rule (quoting, formula defusing).</summary>
    public static string Field(string? value) => SpreadsheetCsv.Field(value);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Time(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
