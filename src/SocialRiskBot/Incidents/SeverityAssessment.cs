namespace SocialRiskBot.Incidents;

/// <summary>
/// Severity is the highest of: the category's default; personal data involved (high); an official account
/// still in an attacker's hands (critical); media attention (high); the reporter's own sense of urgency.
/// The reasons are those that reached that highest level, so the first question a responder asks
/// ("why is this critical?") has its answer on the card.
/// </summary>
public static class SeverityAssessment
{
    public const string CategoryDefault = "usual for this kind of incident";
    public const string PersonalData = "personal data involved";
    public const string AccountInAttackersHands = "an official account is still in an attacker's hands";
    public const string MediaAttention = "media attention";
    public const string ReporterUrgency = "how urgent it felt to the reporter";

    public static AssessedSeverity Assess(IncidentCategory category, IncidentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(facts);
        if (!Enum.IsDefined(facts.ReporterUrgency))
        {
            throw new ArgumentOutOfRangeException(nameof(facts), facts.ReporterUrgency, "The reporter's urgency is not a severity.");
        }

        var factors = Factors(category, facts).ToList();
        var severity = factors.Max(f => f.Level);
        return new AssessedSeverity(severity, [.. factors.Where(f => f.Level == severity).Select(f => f.Reason)]);
    }

    private static IEnumerable<(Severity Level, string Reason)> Factors(IncidentCategory category, IncidentFacts facts)
    {
        yield return (category.DefaultSeverity, CategoryDefault);
        if (facts.PersonalData)
        {
            yield return (Severity.High, PersonalData);
        }

        if (category.Id == IncidentCategory.AccountCompromiseId && facts.OfficialAccount && facts.StillVisible)
        {
            yield return (Severity.Critical, AccountInAttackersHands);
        }

        if (facts.MediaAttention)
        {
            yield return (Severity.High, MediaAttention);
        }

        yield return (facts.ReporterUrgency, ReporterUrgency);
    }
}
