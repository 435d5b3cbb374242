using System.Globalization;
using System.Text;
using SocialRiskBot.Exports;

namespace SocialRiskBot.Incidents.Exports;

/// <summary>The audit trail as CSV: one row per history event of every case, with the case's standing beside it.</summary>
public static class AuditCsv
{
    public static readonly string[] Header =
    [
        "case", "category", "severity", "status", "owner_department", "reported_at", "event_at", "who", "what",
    ];

    /// <returns>The CSV and how many event rows it holds.</returns>
    public static async Task<(string Csv, int Rows)> WriteAsync(IAsyncEnumerable<Incident> cases, CancellationToken cancellationToken)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', Header));
        var rows = 0;
        await foreach (var incident in cases.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var e in incident.History)
            {
                csv.AppendLine(SpreadsheetCsv.Line(
                [
                    incident.CaseNumber, incident.CategoryId, incident.Severity.ToString(), incident.Status.ToString(), incident.OwnerId,
                    Time(incident.ReportedAt), Time(e.At), e.Who, e.What,
                ]));
                rows++;
            }
        }

        return (csv.ToString(), rows);
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
