using SocialRiskBot.Incidents;
using static SocialRiskBot.Incidents.SeverityAssessment;

namespace SocialRiskBot.Tests.Incidents;

public sealed class SeverityAssessmentTests
{
    // Facts, in the order of IncidentFacts: personal data, official account, still visible, media attention.
    private const bool Yes = true;
    private const bool No = false;

    public static TheoryData<string, bool, bool, bool, bool, Severity, Severity, string[]> Scenarios => new()
    {
        // A quiet case keeps the category's usual severity.
        { "customer-complaint", No, No, No, No, Severity.Low, Severity.Low, [CategoryDefault, ReporterUrgency] },
        { "wrong-post", No, No, No, No, Severity.Low, Severity.Medium, [CategoryDefault] },
        { "account-compromise", No, No, No, No, Severity.Low, Severity.High, [CategoryDefault] },

        // Personal data makes anything at least high.
        { "customer-complaint", Yes, No, No, No, Severity.Low, Severity.High, [PersonalData] },
        { "confidential-leak", Yes, No, No, No, Severity.Low, Severity.High, [CategoryDefault, PersonalData] },

        // An official account still in an attacker's hands is critical, and only that.
        { "account-compromise", No, Yes, Yes, No, Severity.Low, Severity.Critical, [AccountInAttackersHands] },
        { "account-compromise", No, Yes, No, No, Severity.Low, Severity.High, [CategoryDefault] },
        { "account-compromise", No, No, Yes, No, Severity.Low, Severity.High, [CategoryDefault] },
        { "wrong-post", No, Yes, Yes, No, Severity.Low, Severity.Medium, [CategoryDefault] },
        { "phishing-scam", No, Yes, Yes, No, Severity.Low, Severity.Medium, [CategoryDefault] },

        // Media attention makes anything at least high.
        { "wrong-post", No, No, No, Yes, Severity.Low, Severity.High, [MediaAttention] },
        { "customer-complaint", Yes, No, No, Yes, Severity.Low, Severity.High, [PersonalData, MediaAttention] },

        // The reporter's sense of urgency counts, up to critical.
        { "customer-complaint", No, No, No, No, Severity.Medium, Severity.Medium, [ReporterUrgency] },
        { "phishing-scam", No, No, No, No, Severity.High, Severity.High, [ReporterUrgency] },
        { "harassment", No, No, No, No, Severity.Critical, Severity.Critical, [ReporterUrgency] },
        { "wrong-post", No, No, No, Yes, Severity.High, Severity.High, [MediaAttention, ReporterUrgency] },

        // Viral criticism, fakes aimed at customers, threats and market rumours start high or critical.
        { "negative-publicity", No, No, No, Yes, Severity.Low, Severity.High, [CategoryDefault, MediaAttention] },
        { "impersonation", No, No, No, No, Severity.Low, Severity.High, [CategoryDefault] },
        { "threat-safety", No, No, No, No, Severity.Low, Severity.Critical, [CategoryDefault] },
        { "market-leak", No, No, No, Yes, Severity.Medium, Severity.Critical, [CategoryDefault] },

        // Low urgency never lowers anything.
        { "harassment", No, No, No, No, Severity.Low, Severity.High, [CategoryDefault] },

        // Everything at once: critical, for the two reasons that reach it.
        { "account-compromise", Yes, Yes, Yes, Yes, Severity.Critical, Severity.Critical, [AccountInAttackersHands, ReporterUrgency] },
        { "account-compromise", Yes, Yes, Yes, Yes, Severity.Medium, Severity.Critical, [AccountInAttackersHands] },
        { "other", Yes, Yes, Yes, Yes, Severity.Medium, Severity.High, [PersonalData, MediaAttention] },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Severity_is_the_highest_rule_that_applies_and_the_reasons_are_the_rules_that_reached_it(
        string categoryId, bool personalData, bool officialAccount, bool stillVisible, bool mediaAttention, Severity urgency,
        Severity expected, string[] reasons)
    {
        var assessed = Assess(DefaultCatalog.Get(categoryId), new IncidentFacts(personalData, officialAccount, stillVisible, mediaAttention, urgency));

        Assert.Equal(expected, assessed.Severity);
        Assert.Equal(reasons, assessed.Reasons);
    }

    public static TheoryData<string, bool, bool, bool, bool, Severity> EveryCombination()
    {
        var data = new TheoryData<string, bool, bool, bool, bool, Severity>();
        bool[] both = [false, true];
        foreach (var category in DefaultCatalog.Create().All)
        {
            foreach (var (p, o, v, m) in from p in both from o in both from v in both from m in both select (p, o, v, m))
            {
                foreach (var urgency in Enum.GetValues<Severity>())
                {
                    data.Add(category.Id, p, o, v, m, urgency);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void In_every_combination_no_rule_is_overruled_and_nothing_is_raised_without_a_reason(
        string categoryId, bool personalData, bool officialAccount, bool stillVisible, bool mediaAttention, Severity urgency)
    {
        var category = DefaultCatalog.Get(categoryId);

        var assessed = Assess(category, new IncidentFacts(personalData, officialAccount, stillVisible, mediaAttention, urgency));

        Assert.True(assessed.Severity >= category.DefaultSeverity);
        Assert.True(assessed.Severity >= urgency);
        Assert.True(!personalData || assessed.Severity >= Severity.High);
        Assert.True(!mediaAttention || assessed.Severity >= Severity.High);
        var attackerHoldsOfficialAccount = categoryId == "account-compromise" && officialAccount && stillVisible;
        Assert.Equal(attackerHoldsOfficialAccount || urgency == Severity.Critical || category.DefaultSeverity == Severity.Critical, assessed.Severity == Severity.Critical);
        Assert.NotEmpty(assessed.Reasons);
        Assert.Equal(assessed.Reasons.Distinct(), assessed.Reasons);
    }

    [Fact]
    public void An_urgency_that_is_not_a_severity_is_a_programming_error()
    {
        var facts = IncidentFacts.None with { ReporterUrgency = (Severity)7 };

        Assert.Throws<ArgumentOutOfRangeException>(() => Assess(DefaultCatalog.Get("other"), facts));
    }
}
