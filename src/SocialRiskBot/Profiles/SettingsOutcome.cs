namespace SocialRiskBot.Profiles;

public enum SettingsOutcomeKind
{
    Saved,

    /// <summary>The card was older than the profile (already submitted, or changed elsewhere): nothing changed.</summary>
    Stale,

    /// <summary>The submitted values are not acceptable (e.g. a department that does not exist): nothing changed.</summary>
    Rejected,
}

public sealed record SettingsOutcome(SettingsOutcomeKind Kind, UserProfile Profile);
