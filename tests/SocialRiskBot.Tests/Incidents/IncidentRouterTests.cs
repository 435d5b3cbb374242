using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Incidents;

public sealed class IncidentRouterTests
{
    private static readonly IncidentFacts Plain = IncidentFacts.None;

    [Fact]
    public void A_hacked_account_goes_to_IT_security_alone()
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("account-compromise"), Plain, Severity.High);

        Assert.Equal("it-security", plan.OwnerId);
        Assert.Empty(plan.CcIds);
        Assert.False(plan.NotifyRiskCommittee);
    }

    [Fact]
    public void Impersonation_always_copies_marketing()
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("impersonation"), Plain, Severity.Medium);

        Assert.Equal("it-security", plan.OwnerId);
        Assert.Equal(["marketing"], plan.CcIds);
    }

    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "privacy" })]
    public void A_leak_copies_privacy_only_when_personal_data_is_involved(bool personalData, string[] cc)
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("confidential-leak"), Plain with { PersonalData = personalData }, Severity.High);

        Assert.Equal("legal-compliance", plan.OwnerId);
        Assert.Equal(cc, plan.CcIds);
    }

    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "communications" })]
    public void A_public_complaint_copies_communications_once_journalists_or_crowds_are_talking_about_it(bool mediaAttention, string[] cc)
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("customer-complaint"), Plain with { MediaAttention = mediaAttention }, Severity.High);

        Assert.Equal("customer-care", plan.OwnerId);
        Assert.Equal(cc, plan.CcIds);
    }

    [Fact]
    public void Every_default_category_its_owner_aside_copies_communications_when_the_media_is_involved()
    {
        var media = Plain with { MediaAttention = true };

        Assert.All(
            DefaultCatalog.Create().All.Where(c => c.OwnerId != "communications"),
            category => Assert.Contains("communications", IncidentRouter.Plan(category, media, Severity.High).CcIds));
    }

    [Fact]
    public void A_hacked_official_account_copies_communications_who_speak_for_us_about_it()
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("account-compromise"), Plain with { OfficialAccount = true }, Severity.High);

        Assert.Equal(["communications"], plan.CcIds);
    }

    [Fact]
    public void A_threat_goes_to_corporate_security_with_HR_and_the_risk_committee_at_once()
    {
        var threat = DefaultCatalog.Get("threat-safety");

        var plan = IncidentRouter.Plan(threat, Plain, threat.DefaultSeverity);

        Assert.Equal(["corporate-security", "hr", "risk-committee"], plan.Departments);
    }

    [Theory]
    [InlineData(false, new string[0])]
    [InlineData(true, new[] { "communications" })]
    public void An_offensive_post_copies_communications_only_when_made_from_an_official_account(bool officialAccount, string[] cc)
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("offensive-post"), Plain with { OfficialAccount = officialAccount }, Severity.Medium);

        Assert.Equal("hr", plan.OwnerId);
        Assert.Equal(cc, plan.CcIds);
    }

    [Theory]
    [InlineData(Severity.Low, false)]
    [InlineData(Severity.Medium, false)]
    [InlineData(Severity.High, false)]
    [InlineData(Severity.Critical, true)]
    public void Only_critical_cases_also_reach_the_risk_committee(Severity severity, bool notified)
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("vendor-issue"), Plain, severity);

        Assert.Equal(notified, plan.NotifyRiskCommittee);
        Assert.Equal(notified ? ["vendor-management", "marketing", "risk-committee"] : ["vendor-management", "marketing"], plan.Departments);
    }

    [Fact]
    public void A_critical_case_the_risk_committee_already_owns_does_not_reach_it_twice()
    {
        var plan = IncidentRouter.Plan(DefaultCatalog.Get("other"), Plain, Severity.Critical);

        Assert.False(plan.NotifyRiskCommittee);
        Assert.Equal(["risk-committee"], plan.Departments);
    }

    [Fact]
    public void A_critical_case_that_already_copies_the_risk_committee_does_not_reach_it_twice()
    {
        var category = DefaultCatalog.Get("wrong-post") with { Cc = [new CcRule("risk-committee", CcCondition.Always)] };

        var plan = IncidentRouter.Plan(category, Plain, Severity.Critical);

        Assert.False(plan.NotifyRiskCommittee);
        Assert.Equal(["marketing", "risk-committee"], plan.Departments);
    }

    [Fact]
    public void The_owner_is_never_copied_and_nobody_is_copied_twice()
    {
        var category = DefaultCatalog.Get("wrong-post") with
        {
            Cc =
            [
                new CcRule("marketing", CcCondition.Always),
                new CcRule("communications", CcCondition.Always),
                new CcRule("communications", CcCondition.OfficialAccount),
                new CcRule("legal-compliance", CcCondition.PersonalData),
            ],
        };

        var plan = IncidentRouter.Plan(category, Plain with { OfficialAccount = true, PersonalData = true }, Severity.Medium);

        Assert.Equal(["communications", "legal-compliance"], plan.CcIds);
    }

    [Fact]
    public void Rerouting_to_a_department_that_was_copied_makes_it_the_owner_and_drops_the_copy()
    {
        var rerouted = DefaultCatalog.Get("impersonation") with { OwnerId = "marketing" };

        var plan = IncidentRouter.Plan(rerouted, Plain, Severity.Medium);

        Assert.Equal(["marketing"], plan.Departments);
    }
}
