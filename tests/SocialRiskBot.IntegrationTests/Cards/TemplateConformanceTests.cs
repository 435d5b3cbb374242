using SocialRiskBot.Cards;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>
/// Every template of <c>cards/</c> (found on disk, so new ones are checked without touching this file), rendered
/// with its sample data: by our engine and by the official <c>adaptivecards-templating</c>, parsed by the official
/// <c>adaptivecards</c> parser at 1.5 and walked strictly against the 1.5 schema (tests/conformance/cards.mjs,
/// one node run shared by all these tests).
/// </summary>
public sealed class TemplateConformanceTests
{
    public static TheoryData<string> Templates => new(CardTemplatesFolder.TemplateNames());

    public static TheoryData<string> EmployeeTemplates => new(
        CardTemplatesFolder.TemplateNames().Where(name =>
            CardCatalog.Entries.Any(e => e.TemplateName == name && e.Audience == CardAudience.Employee)));

    [Fact]
    public void Every_template_belongs_to_a_card_model()
    {
        var modelled = CardCatalog.Entries.Select(e => e.TemplateName).ToHashSet(StringComparer.Ordinal);
        var orphans = CardTemplatesFolder.TemplateNames().Where(name => !modelled.Contains(name)).ToList();

        Assert.True(orphans.Count == 0, $"Templates without a card model (an ICardModel naming them): {string.Join(", ", orphans)}");
    }

    [Fact]
    public void Every_card_model_has_its_template()
    {
        var templates = CardTemplatesFolder.TemplateNames().ToHashSet(StringComparer.Ordinal);
        var missing = CardCatalog.Entries.Where(e => !templates.Contains(e.TemplateName)).Select(e => $"{e.Model.Name} → cards/{e.TemplateName}.json").ToList();

        Assert.True(missing.Count == 0, $"Card models whose template is missing: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_sample_data_file_has_its_template()
    {
        var templates = CardTemplatesFolder.TemplateNames().ToHashSet(StringComparer.Ordinal);
        var strays = CardTemplatesFolder.SampleDataNames().Where(name => !templates.Contains(name)).Select(name => $"cards/{name}.data.json").ToList();

        Assert.True(strays.Count == 0, $"Sample data without a template: {string.Join(", ", strays)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_has_its_sample_data(string template)
    {
        Assert.True(File.Exists(CardTemplatesFolder.SampleDataFile(template)), $"cards/{template}.json has no sample data: add cards/{template}.data.json.");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Our_engine_renders_the_sample_exactly_like_the_official_templating_engine(string template)
    {
        var check = await TemplateConformanceRun.ForAsync(template);
        check.RequireOurRendering();
        var official = check.RequireOfficial();

        Assert.True(official.SameAsOfficial, $"cards/{template}.json with its sample data: our engine and adaptivecards-templating disagree, {official.DescribeDifference()}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task The_official_parser_at_1_5_reports_no_error(string template)
    {
        var official = (await TemplateConformanceRun.ForAsync(template)).RequireOfficial();
        var errors = official.ParserErrors["1.5"];

        Assert.True(errors.Length == 0, $"cards/{template}.json: the adaptivecards parser at 1.5 reports:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task The_strict_walk_finds_no_unknown_or_missing_property_and_nothing_above_the_declared_version(string template)
    {
        var official = (await TemplateConformanceRun.ForAsync(template)).RequireOfficial();
        var problems = official.Strict.Problems;

        Assert.True(problems.Length == 0, $"cards/{template}.json against the Adaptive Cards 1.5 schema:\n{string.Join("\n", problems)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task The_rendered_card_stays_under_28_KB(string template)
    {
        var card = (await TemplateConformanceRun.ForAsync(template)).RequireOurRendering();
        var bytes = CardSize.Bytes(card);

        Assert.True(bytes < CardSize.BudgetBytes, $"cards/{template}.json rendered with its sample data is {bytes} bytes (the larger of UTF-8 and UTF-16), over {CardSize.BudgetBytes}.");
    }

    [Theory]
    [MemberData(nameof(EmployeeTemplates))]
    public async Task Employee_card_uses_only_what_Teams_mobile_runs(string template)
    {
        var check = await TemplateConformanceRun.ForAsync(template);
        var official = check.RequireOfficial();
        var violations = MobileCardRules.Violations(official.Strict.DeclaredVersion, official.Strict.Items);
        var parserAt12 = official.ParserErrors[MobileCardRules.MaxVersion];

        Assert.True(violations.Count == 0, $"cards/{template}.json is for employees on mobile (Adaptive Cards ≤ 1.2, Action.Submit/OpenUrl/ShowCard only):\n{string.Join("\n", violations)}");
        Assert.True(parserAt12.Length == 0, $"cards/{template}.json: the adaptivecards parser at 1.2 reports:\n{string.Join("\n", parserAt12)}");
    }
}
