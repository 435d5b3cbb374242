using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialRiskBot.Content;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Tests.Incidents;

public sealed class CategoryDefaultsTests : IAsyncLifetime
{
    private readonly TempStorage _storage = new();

    [Fact]
    public void Without_configuration_reporters_choose_from_the_sixteen_agreed_categories_in_order()
    {
        var catalog = _storage.StartInstance().GetRequiredService<CategoryCatalog>();

        var routes = catalog.All.Select(c => (c.Id, c.OwnerId, c.DefaultSeverity, Cc: string.Join(",", c.Cc.Select(r => $"{r.DepartmentId}:{r.When}"))));

        Assert.Equal(
        [
            ("account-compromise", "it-security", Severity.High, "communications:OfficialAccount,communications:MediaAttention"),
            ("threat-safety", "corporate-security", Severity.Critical, "hr:Always,communications:MediaAttention"),
            ("impersonation", "it-security", Severity.High, "marketing:Always,communications:MediaAttention"),
            ("executive-deepfake", "it-security", Severity.High, "communications:Always"),
            ("phishing-scam", "it-security", Severity.Medium, "communications:MediaAttention"),
            ("confidential-leak", "legal-compliance", Severity.High, "privacy:PersonalData,communications:MediaAttention"),
            ("personal-data-breach", "privacy", Severity.High, "legal-compliance:Always,communications:MediaAttention"),
            ("market-leak", "legal-compliance", Severity.Critical, "investor-relations:Always,communications:Always"),
            ("offensive-post", "hr", Severity.Medium, "communications:OfficialAccount,communications:MediaAttention"),
            ("harassment", "hr", Severity.High, "communications:OfficialAccount,communications:MediaAttention"),
            ("doxxing", "corporate-security", Severity.High, "hr:Always,privacy:Always,communications:MediaAttention"),
            ("negative-publicity", "communications", Severity.High, ""),
            ("customer-complaint", "customer-care", Severity.Low, "communications:MediaAttention"),
            ("wrong-post", "marketing", Severity.Medium, "communications:MediaAttention"),
            ("vendor-issue", "vendor-management", Severity.Medium, "marketing:Always,communications:MediaAttention"),
            ("other", "risk-committee", Severity.Medium, "communications:MediaAttention"),
        ], routes);
    }

    [Fact]
    public void Only_a_personal_data_breach_runs_the_72_hour_regulator_clock()
    {
        var clocks = DefaultCatalog.Create().All.Where(c => c.NotificationHours is not null).Select(c => (c.Id, c.NotificationHours));

        Assert.Equal([("personal-data-breach", (int?)72)], clocks);
    }

    [Fact]
    public void Every_default_category_fits_a_phone_a_short_label_one_sentence_and_two_to_four_lines_of_advice()
    {
        foreach (var category in DefaultCatalog.Create().All)
        {
            Assert.InRange(category.Label.Length, 1, 40);
            Assert.EndsWith(".", category.Description, StringComparison.Ordinal);
            Assert.Equal(1, category.Description.Count(c => c is '.' or '?' or '!'));
            Assert.InRange(category.Advice.Count, 2, 4);
            Assert.All(category.Advice, line => Assert.InRange(line.Length, 10, 120));
        }
    }

    [Fact]
    public void Someone_who_reports_a_hacked_account_is_told_not_to_post_not_to_delete_and_that_IT_security_knows()
    {
        var hacked = DefaultCatalog.Get("account-compromise");

        var advice = hacked.Advice.Select(new PlaceholderRenderer(ContentVocabularyOfDefaults()).Markdown).ToList();

        Assert.Equal("A company account was hacked", hacked.Label);
        Assert.Contains(advice, line => line.StartsWith("Don't post", StringComparison.Ordinal));
        Assert.Contains(advice, line => line.StartsWith("Don't delete", StringComparison.Ordinal));
        Assert.Contains(advice, line => line.Contains("IT security already has your report", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_is_always_there_for_whatever_fits_no_box()
    {
        var catalog = DefaultCatalog.Create();

        Assert.Equal("risk-committee", catalog.Other.OwnerId);
        Assert.Same(catalog.Other, catalog.Find("other"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Account-Compromise")]
    [InlineData("hacked")]
    public void A_card_naming_a_category_we_do_not_have_finds_nothing(string? id)
    {
        Assert.Null(DefaultCatalog.Create().Find(id));
    }

    [Fact]
    public void The_defaults_are_new_objects_each_time_so_one_configuration_cannot_change_another()
    {
        var first = IncidentsOptions.Defaults;
        first[0].Label = "changed";

        Assert.Equal("A company account was hacked", IncidentsOptions.Defaults[0].Label);
    }

    private static ContentVocabulary ContentVocabularyOfDefaults()
    {
        var departments = new DepartmentDirectory(Options.Create(new DepartmentsOptions { Departments = [.. DepartmentsOptions.Defaults] })).All;
        return ContentVocabulary.From([new OrganizationContentSource(departments), new IncidentsContentSource(DefaultCatalog.Create().All, departments, IncidentsOptions.DefaultTrainingModules)]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storage.DisposeAsync();
}
