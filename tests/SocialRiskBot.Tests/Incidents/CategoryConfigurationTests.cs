using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Incidents;

public sealed class CategoryConfigurationTests : IAsyncLifetime
{
    private readonly TempStorage _storage = new();

    [Fact]
    public void A_configured_list_replaces_the_defaults_with_its_cc_conditions_and_severities()
    {
        var catalog = Start(Settings(
            Category(0, "leaked-price-list", "Our price list leaked", owner: "legal-compliance", severity: "high")
                .With("Incidents:Categories:0:Cc:0:Department", "it-security")
                .With("Incidents:Categories:0:Cc:0:When", "PersonalData")
                .With("Incidents:Categories:0:Cc:1:Department", "marketing"),
            Category(1, "other", "Something else", owner: "risk-committee", severity: "Medium"))).GetRequiredService<CategoryCatalog>();

        Assert.Equal(["leaked-price-list", "other"], catalog.All.Select(c => c.Id));
        var leak = catalog.Find("leaked-price-list")!;
        Assert.Equal(Severity.High, leak.DefaultSeverity);
        Assert.Equal([new CcRule("it-security", CcCondition.PersonalData), new CcRule("marketing", CcCondition.Always)], leak.Cc);
        Assert.Equal(["Don't share it.", "Do keep the link."], leak.Advice);
    }

    [Fact]
    public void A_category_may_name_a_department_the_company_configured_itself()
    {
        var settings = Settings(
            Category(0, "influencer-trouble", "An influencer we pay went rogue", owner: "partnerships", severity: "Medium"),
            Category(1, "other", "Something else", owner: "risk-committee", severity: "Medium"))
            .With("Departments:0:Id", "partnerships").With("Departments:0:Name", "Partnerships")
            .With("Departments:1:Id", "risk-committee").With("Departments:1:Name", "Risk committee");

        var services = Start(settings);

        Assert.Equal("partnerships", services.GetRequiredService<CategoryCatalog>().All[0].OwnerId);
    }

    [Fact]
    public void A_misspelt_owner_stops_startup_naming_the_entry_and_the_department()
    {
        var settings = Settings(
            Category(0, "a", "A", "it-security", "Low"),
            Category(1, "b", "B", "it-security", "Low"),
            Category(2, "c", "C", "it-security", "Low"),
            Category(3, "d", "D", "it-sec", "Low"),
            Category(4, "other", "Something else", "risk-committee", "Medium"));

        var failure = StartupFailure(settings);

        Assert.Equal(["Incidents:Categories:3:Owner: unknown department 'it-sec'."], failure.Failures);
    }

    [Fact]
    public void A_misspelt_cc_department_stops_startup()
    {
        var settings = Settings(
            Category(0, "other", "Something else", "risk-committee", "Medium").With("Incidents:Categories:0:Cc:0:Department", "legal"));

        Assert.Equal(["Incidents:Categories:0:Cc:0:Department: unknown department 'legal'."], StartupFailure(settings).Failures);
    }

    [Fact]
    public void A_list_without_other_stops_startup()
    {
        var settings = Settings(Category(0, "wrong-post", "Posted by mistake", "marketing", "Medium"));

        Assert.Equal(["Incidents:Categories: 'other' must exist, so that every mishap can be reported."], StartupFailure(settings).Failures);
    }

    [Fact]
    public void A_category_that_forgets_its_severity_is_refused_rather_than_silently_low()
    {
        var settings = Settings(Category(0, "other", "Something else", "risk-committee", severity: null));

        Assert.Equal(["Incidents:Categories:0:Severity: A category needs a default severity: Low, Medium, High or Critical."], StartupFailure(settings).Failures);
    }

    [Theory]
    [InlineData("Urgent")]
    [InlineData("2")]
    [InlineData("Medium,High")]
    public void A_severity_that_is_not_one_of_ours_stops_startup_instead_of_dropping_the_category(string severity)
    {
        var settings = Settings(Category(0, "other", "Something else", "risk-committee", severity));

        Assert.Equal([$"Incidents:Categories:0:Severity: '{severity}' is not Low, Medium, High or Critical."], StartupFailure(settings).Failures);
    }

    [Fact]
    public void A_cc_condition_that_is_not_one_of_ours_stops_startup()
    {
        var settings = Settings(Category(0, "other", "Something else", "risk-committee", "Medium")
            .With("Incidents:Categories:0:Cc:0:Department", "hr").With("Incidents:Categories:0:Cc:0:When", "Sometimes"));

        Assert.Equal(["Incidents:Categories:0:Cc:0:When: 'Sometimes' is not Always, PersonalData, OfficialAccount or MediaAttention."], StartupFailure(settings).Failures);
    }

    [Fact]
    public void Severities_and_conditions_may_be_written_in_any_case()
    {
        var settings = Settings(Category(0, "other", "Something else", "risk-committee", "critical")
            .With("Incidents:Categories:0:Cc:0:Department", "hr").With("Incidents:Categories:0:Cc:0:When", "officialaccount"));

        var other = Start(settings).GetRequiredService<CategoryCatalog>().Other;

        Assert.Equal((Severity.Critical, CcCondition.OfficialAccount), (other.DefaultSeverity, other.Cc[0].When));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_place_in_configuration()
    {
        var settings = Settings(
            Category(0, "Hacked Account", "A company account was hacked and nobody can get back in now", "it-security", "High"),
            Category(1, "other", "Something else", "risk-committee", "Medium"),
            Category(2, "other", "Something else", "risk-committee", "Medium"))
            .With("Incidents:Categories:1:Advice:2", "")
            .With("Incidents:Categories:2:Advice:2", new string('x', 121));

        var failures = StartupFailure(settings).Failures.ToList();

        Assert.Contains("Incidents:Categories:0:Id: A category id is lower-case words joined by hyphens, e.g. account-compromise; it is stored with every case, so never change it.", failures);
        Assert.Contains("Incidents:Categories:0:Label: A label is button text on a phone: at most 40 characters.", failures);
        Assert.Contains("Incidents:Categories:1:Advice:2: a line is empty.", failures);
        Assert.Contains("Incidents:Categories:2:Advice:2: at most 120 characters, so it reads at a glance on a phone; this one has 121.", failures);
        Assert.Contains("Incidents:Categories: the id 'other' is used more than once.", failures);
        Assert.Contains("Incidents:Categories: the label 'Something else' is used more than once; reporters could not tell the buttons apart.", failures);
        Assert.Equal(6, failures.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Advice_is_two_to_four_lines(int lines)
    {
        var settings = Settings(Category(0, "other", "Something else", "risk-committee", "Medium", advice: lines));

        Assert.Equal([$"Incidents:Categories:0:Advice: give 2 to 4 short do/don't lines; there are {lines}."], StartupFailure(settings).Failures);
    }

    private IServiceProvider Start(Dictionary<string, string?> settings)
    {
        var services = _storage.StartInstance(settings);
        services.GetRequiredService<IStartupValidator>().Validate();
        return services;
    }

    private OptionsValidationException StartupFailure(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Start(settings));

    private static Dictionary<string, string?> Settings(params Dictionary<string, string?>[] categories) =>
        categories.SelectMany(c => c).ToDictionary();

    private static Dictionary<string, string?> Category(int index, string id, string label, string owner, string? severity, int advice = 2)
    {
        var prefix = $"Incidents:Categories:{index}:";
        var settings = new Dictionary<string, string?>
        {
            [prefix + "Id"] = id,
            [prefix + "Label"] = label,
            [prefix + "Description"] = $"{label}, described in one sentence.",
            [prefix + "Owner"] = owner,
            [prefix + "Severity"] = severity,
        };
        string[] lines = ["Don't share it.", "Do keep the link.", "Don't reply.", "Do take a screenshot.", "Don't panic."];
        for (var i = 0; i < advice; i++)
        {
            settings[prefix + $"Advice:{i}"] = lines[i];
        }

        return settings;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storage.DisposeAsync();
}
