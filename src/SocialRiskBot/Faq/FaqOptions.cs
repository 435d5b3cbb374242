using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Faq;

/// <summary>Configuration section <c>Faq</c>: when the bot answers, suggests or admits it does not know.</summary>
public sealed class FaqOptions : IValidatableObject
{
    public const string Section = "Faq";

    /// <summary>Confidence at or above which the best entry is answered outright.</summary>
    [Range(0.0, 1.0)]
    public double AnswerThreshold { get; set; } = 0.5;

    /// <summary>Confidence at or above which an entry is offered as "Did you mean…"; below it, the honest fallback.</summary>
    [Range(0.0, 1.0)]
    public double SuggestThreshold { get; set; } = 0.3;

    /// <summary>How long a question to the policy team may wait before the bot reminds the channel.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan PolicyTeamReminderAfter { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How often the bot looks for policy questions to remind about.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Where the sentence model is unpacked and the FAQ's vectors are cached between runs, relative to the content
    /// root (beside the SQLite database by default). Safe to delete: it is rebuilt on the next start.
    /// </summary>
    [Required]
    public string CachePath { get; set; } = ".data/faq-cache";

    /// <summary>Cores one question's encoding may use; concurrent questions each use their own.</summary>
    [Range(1, 16)]
    public int EncoderThreads { get; set; } = 1;

    public const int DefaultRecentQuestions = 4096;

    /// <summary>
    /// How many recent questions keep their vector in memory (about 1.5 KB each), so that a question asked again
    /// costs no encoding; 0 keeps none.
    /// </summary>
    [Range(0, 1_000_000)]
    public int RecentQuestions { get; set; } = DefaultRecentQuestions;

    /// <summary>The department asked when no FAQ entry comes close enough to name its owner.</summary>
    [Required]
    public string PolicyTeam { get; set; } = Organization.DepartmentsOptions.RiskCommitteeId;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SuggestThreshold > AnswerThreshold)
        {
            yield return new ValidationResult(
                $"Faq:SuggestThreshold ({SuggestThreshold}) must not be above Faq:AnswerThreshold ({AnswerThreshold}).",
                [nameof(SuggestThreshold)]);
        }
    }
}
