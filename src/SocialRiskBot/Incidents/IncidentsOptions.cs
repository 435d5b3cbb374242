namespace SocialRiskBot.Incidents;

/// <summary>The <c>Incidents</c> section of configuration.</summary>
public sealed class IncidentsOptions
{
    public const string SectionName = "Incidents";

    /// <summary>In the order reporters see them. A configured list replaces the defaults as a whole.</summary>
    public List<CategorySettings> Categories { get; set; } = [];

    /// <summary>
    /// The training module a responder is offered when resolving a case, by category id (the learning loop):
    /// <c>Incidents:TrainingModules:account-compromise = account-security</c>. Configured entries replace the
    /// default for their category; an empty value offers none.
    /// </summary>
    public Dictionary<string, string> TrainingModules { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Resolved cases, their evidence and their reporter links are removed this many days after resolution.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often the purge job looks for cases past <see cref="RetentionDays"/>.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many days a training assigned from a case gives people, by default.</summary>
    public int TrainingDueDays { get; set; } = 14;

    /// <summary>Which module each default category suggests.</summary>
    public static IReadOnlyDictionary<string, string> DefaultTrainingModules { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [IncidentCategory.AccountCompromiseId] = "account-security",
        ["threat-safety"] = "respect-and-safety",
        ["impersonation"] = "phishing-impersonation",
        ["executive-deepfake"] = "ai-deepfakes",
        ["phishing-scam"] = "phishing-impersonation",
        ["confidential-leak"] = "confidential-data",
        ["personal-data-breach"] = "confidential-data",
        ["market-leak"] = "confidential-data",
        ["offensive-post"] = "respect-and-safety",
        ["harassment"] = "respect-and-safety",
        ["doxxing"] = "respect-and-safety",
        ["negative-publicity"] = "complaints-media",
        ["customer-complaint"] = "complaints-media",
        ["wrong-post"] = "account-holders",
        ["vendor-issue"] = "vendors-agencies",
        [IncidentCategory.OtherId] = "spot-and-report",
    };

    /// <summary>When configuration names none: the categories of a typical social-media risk policy (new instances on each read).</summary>
    public static IReadOnlyList<CategorySettings> Defaults => DefaultCategories.Create();
}
