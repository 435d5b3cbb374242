using System.Globalization;
using SocialRiskBot.Cards;
using SocialRiskBot.Incidents.Summaries;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>Turns a month's figures into the summary card, in words a committee reads at a glance.</summary>
public static class IncidentsSummaryComposer
{
    public static IncidentsSummaryCard Card(IncidentsSummary summary)
    {
        var month = new DateTime(summary.Year, summary.Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var total = summary.Total;
        return new IncidentsSummaryCard(
            $"Incidents in {month}",
            total == 0 ? "No incidents were reported this month." : $"{Count(total, "case")} · {summary.AcknowledgeBreaches} acknowledged late · {summary.ResolveBreaches} resolved late",
            total == 0 ? [] :
            [
                new CardFact("Median time to acknowledge", Duration(summary.MedianToAcknowledge)),
                new CardFact("Median time to resolve", Duration(summary.MedianToResolve)),
                new CardFact("Acknowledged late", $"{summary.AcknowledgeBreaches} of {total}"),
                new CardFact("Resolved late", $"{summary.ResolveBreaches} of {total}"),
            ],
            total > 0,
            [.. summary.ByCategory.Select(c => new CardFact(c.Label, Number(c.Count)))],
            [.. summary.BySeverity.Select(s => new CardFact(s.Severity.ToString(), Number(s.Count)))],
            summary.Training.Count > 0,
            [.. summary.Training.Select(d => new CardFact(d.Name, d.Assigned == 0
                ? "nothing assigned"
                : $"{d.Done} of {d.Assigned} done ({d.Done * 100 / d.Assigned}%) · {d.Overdue} overdue"))]);
    }

    /// <summary>"24 minutes", "3 hours 10 minutes", "2 days 4 hours"; "none yet" when nothing was timed.</summary>
    public static string Duration(TimeSpan? span)
    {
        if (span is not { } s)
        {
            return "none yet";
        }

        return s.TotalDays >= 1 ? Join(Count(s.Days, "day"), s.Hours, "hour")
            : s.TotalHours >= 1 ? Join(Count(s.Hours, "hour"), s.Minutes, "minute")
            : Count(Math.Max(1, (int)Math.Round(s.TotalMinutes)), "minute");
    }

    private static string Join(string first, int second, string unit) => second == 0 ? first : $"{first} {Count(second, unit)}";

    private static string Count(int count, string unit) => $"{Number(count)} {unit}{(count == 1 ? string.Empty : "s")}";

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
