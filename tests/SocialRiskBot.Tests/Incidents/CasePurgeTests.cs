using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Evidence;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Incidents.Retention;
using SocialRiskBot.Tests.Evidence;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>A year after resolution a case goes, with its evidence and every link to its reporter; open and recent cases stay.</summary>
public sealed class CasePurgeTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private FileServer _files = null!;
    private ConversationHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _files = await FileServer.StartAsync("127.0.0.1");
        _bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?>(ReportDriver.Departments)
        {
            ["Bot:Connector:PaceSends"] = "false",
            ["Evidence:TrustedHosts:0"] = "http://127.0.0.1",
        });
        _bot.Connector.Members["29:lee"] = "Lee Gu";
    }

    [Fact]
    public async Task A_case_resolved_over_a_year_ago_goes_with_its_files_and_reporter_links_and_the_others_stay()
    {
        var old = await AnonymousCaseWithFileAsync();
        var oldCase = await CaseAsync(old);
        await ResolveAsync(old);
        _time.Advance(TimeSpan.FromDays(100));
        var recent = await new ReportDriver(_bot).ReportHackedAccountAsync();
        await ResolveAsync(recent);
        var open = await new ReportDriver(_bot).ReportHackedAccountAsync();
        _time.Advance(TimeSpan.FromDays(266));

        var purged = await _bot.Services.GetRequiredService<CasePurge>().RunAsync(CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Null(await FindAsync(old));
        Assert.NotNull(await FindAsync(recent));
        Assert.NotNull(await FindAsync(open));
        Assert.Null(await _bot.Services.GetRequiredService<EvidenceBlobs>().OpenAsync(Assert.Single(oldCase.EvidenceFiles).Id, CancellationToken.None));
        Assert.Null(await _bot.Services.GetRequiredService<ReporterLinks>().FindUserAsync(oldCase.ReporterKey, CancellationToken.None));
        var mine = await _bot.Services.GetRequiredService<ReporterCases>().LatestAsync("aad-alex", 10, CancellationToken.None);
        Assert.Equal([open, recent], mine.Select(i => i.CaseNumber));
        Assert.Equal(0, await _bot.Services.GetRequiredService<CasePurge>().RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Retention_is_configurable()
    {
        await using var bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?>(ReportDriver.Departments)
        {
            ["Bot:Connector:PaceSends"] = "false",
            ["Incidents:RetentionDays"] = "30",
        });
        bot.Connector.Members["29:lee"] = "Lee Gu";
        var caseNumber = await new ReportDriver(bot).ReportHackedAccountAsync();
        await ResolveAsync(caseNumber, bot);
        _time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await bot.Services.GetRequiredService<CasePurge>().RunAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await bot.Services.GetRequiredService<CasePurge>().RunAsync(CancellationToken.None));
    }

    private async Task<string> AnonymousCaseWithFileAsync()
    {
        var driver = new ReportDriver(_bot);
        var (cardId, form) = await driver.StartAsync();
        var details = await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "impersonation" });
        var message = _bot.PersonalMessage(string.Empty);
        message.Text = null;
        message.Attachments =
        [
            new Attachment
            {
                ContentType = FileAttachment.TeamsFileDownloadInfo,
                Name = "fake.png",
                Content = JsonSerializer.SerializeToElement(new { downloadUrl = _files.Serve("fake.png", SampleFiles.Png()), fileType = "png" }),
            },
        ];
        await _bot.SendAsync(message);
        var review = await driver.SubmitAsync(cardId, details, new { command = "report.details", whatHappened = "A fake careers page." });
        return ReportDriver.CaseNumberPattern().Match(ReportDriver.Json(await driver.SubmitAsync(cardId, review, new { command = "report.submit", anonymous = "true" }))).Value;
    }

    private Task ResolveAsync(string caseNumber) => ResolveAsync(caseNumber, _bot);

    private static async Task ResolveAsync(string caseNumber, ConversationHarness bot)
    {
        await bot.SendAsync(ReportDriver.CaseCardPress(bot, caseNumber, "resolve", 1, "29:lee", new Dictionary<string, object> { ["summary"] = "Handled." }));
        var (incident, _) = await bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None);
        Assert.Equal(IncidentStatus.Resolved, incident!.Status);
    }

    private async Task<Incident?> FindAsync(string caseNumber) =>
        (await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None)).Incident;

    private async Task<Incident> CaseAsync(string caseNumber) => (await FindAsync(caseNumber))!;

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _files.DisposeAsync();
    }
}
