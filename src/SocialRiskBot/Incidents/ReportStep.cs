namespace SocialRiskBot.Incidents;

/// <summary>Where a report draft stands.</summary>
public enum ReportStep
{
    ChoosingCategory,
    EnteringDetails,
    Reviewing,

    /// <summary>A case number is drawn and the case is being stored; a repeat of Submit completes it.</summary>
    Submitting,
    Submitted,
    Cancelled,
}
