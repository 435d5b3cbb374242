using System.Globalization;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Teams;

namespace SocialRiskBot.Cli;

/// <summary>The FAQ gaps as <c>faq gaps</c> prints them: every group with its count and what to do about it, then the policy teams' answers.</summary>
public static class FaqGapsText
{
    public static IEnumerable<string> Lines(FaqGapsReport report, Func<string, string> departmentName)
    {
        yield return $"FAQ gaps, last {(int)report.Window.TotalDays} days: {report.Unanswered} unanswered, {report.NotHelpful} not helpful, in {report.Gaps.Count} group(s)";
        foreach (var gap in report.Gaps)
        {
            yield return string.Empty;
            yield return $"{gap.Count,4} × \"{gap.Examples[0]}\"  ({FaqCardComposer.Counts(gap)})";
            foreach (var example in gap.Examples.Skip(1))
            {
                yield return $"       also \"{example}\"";
            }

            yield return $"       → {gap.Advice}";
        }

        yield return string.Empty;
        yield return $"Answered by the policy teams: {report.Answers.Count} (add to content/faq.yaml)";
        foreach (var answer in report.Answers)
        {
            yield return $"  - \"{answer.Question}\"";
            yield return $"    {departmentName(answer.DepartmentId)}, {answer.AnsweredBy}, {answer.AnsweredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: \"{answer.Answer}\"";
            yield return $"    add as {answer.Advice}";
        }
    }
}
