using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Abuse;

/// <summary>
/// The <c>Abuse</c> section: how often one person may start a report, ask the FAQ or pass a question on to the policy team. The limits keep one
/// account (or a script using it) from flooding responders' channels and the question log; they are per
/// person, counted in storage, so they hold across instances.
/// </summary>
public sealed class AbuseOptions
{
    public const string Section = "Abuse";

    /// <summary>New reports one person may start in an hour. Finishing a report already started is never limited.</summary>
    [Range(1, 1000)]
    public int ReportsPerHour { get; set; } = 10;

    /// <summary>Questions to the FAQ (<c>ask …</c> or free text) one person may send in a minute.</summary>
    [Range(1, 1000)]
    public int QuestionsPerMinute { get; set; } = 20;

    /// <summary>Questions one person may pass on to the policy team's channel in an hour ("Ask the policy team").</summary>
    [Range(1, 1000)]
    public int PolicyQuestionsPerHour { get; set; } = 5;
}
