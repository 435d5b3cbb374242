using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Evidence;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Evidence;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>
/// Screenshots sent from the phone: into the open report, later into the case through "my reports" → Add files,
/// listed on the case card, and opened by a responder through short-lived signed links in a private dialog.
/// </summary>
public sealed partial class EvidenceFlowTests : IAsyncLifetime
{
    private const string Responder = "29:lee";
    private FileServer _sharePoint = null!;
    private ConversationHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _sharePoint = await FileServer.StartAsync("127.0.0.1");
        _bot = new ConversationHarness(settings: new Dictionary<string, string?>(ReportDriver.Departments)
        {
            ["Evidence:TrustedHosts:0"] = "http://127.0.0.1",
            ["Evidence:PublicBaseUrl"] = "https://bot.contoso.example/",
        });
        _bot.Connector.Members[Responder] = "Lee Gu";
    }

    [Fact]
    public async Task A_screenshot_sent_while_reporting_goes_with_the_case_and_is_listed_on_its_card()
    {
        var png = SampleFiles.Png(40_000);
        var (driver, cardId, details) = await StartReportAsync();

        var reply = Assert.Single(await _bot.SendAsync(WithFiles(TeamsFile("fake-page.png", _sharePoint.Serve("fake.png", png)))));

        Assert.Equal("Added to your report: fake-page.png (1 of 5 files). They go with it when you send it.", reply.Text);
        var caseNumber = await FinishReportAsync(driver, cardId, details);
        var incident = await CaseAsync(caseNumber);
        var file = Assert.Single(incident.EvidenceFiles);
        Assert.Equal(("fake-page.png", "image/png", SampleFiles.Sha256(png)), (file.FileName, file.ContentType, file.Sha256));
        await using (var blob = await _bot.Services.GetRequiredService<EvidenceBlobs>().OpenAsync(file.Id, CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await blob!.Content.CopyToAsync(copy);
            Assert.Equal(png, copy.ToArray());
        }

        await _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        var card = ReportDriver.Json(_bot.Connector.Calls.Last(c => c.ThreadActivity is not null && ReportDriver.Json(c.ThreadActivity).Contains(caseNumber, StringComparison.Ordinal) && ReportDriver.Json(c.ThreadActivity).Contains("case.acknowledge", StringComparison.Ordinal)).ThreadActivity!);
        Assert.Contains("Evidence (1)", card, StringComparison.Ordinal);
        Assert.Contains("fake-page.png", card, StringComparison.Ordinal);
        Assert.Contains(SampleFiles.Sha256(png)[..12], card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_or_pdf_is_refused_and_nothing_is_kept()
    {
        var (driver, cardId, details) = await StartReportAsync();

        var reply = Assert.Single(await _bot.SendAsync(WithFiles(TeamsFile("screenshot.png", _sharePoint.Serve("page.png", SampleFiles.Html())))));

        Assert.Contains("isn't a picture or PDF I can keep", reply.Text, StringComparison.Ordinal);
        var caseNumber = await FinishReportAsync(driver, cardId, details);
        Assert.Empty((await CaseAsync(caseNumber)).EvidenceFiles);
        Assert.False(Directory.Exists(Path.Combine(_bot.Folder, "blobs", EvidenceFile.Container)) && Directory.EnumerateFiles(Path.Combine(_bot.Folder, "blobs", EvidenceFile.Container), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Files_with_no_report_to_go_to_are_not_fetched_and_the_reporter_is_told_how()
    {
        var url = _sharePoint.Serve("stray.png", SampleFiles.Png());

        var reply = Assert.Single(await _bot.SendAsync(WithFiles(TeamsFile("stray.png", url))));

        Assert.Equal(SocialRiskBot.Incidents.Teams.EvidenceConversation.NoReport, reply.Text);
        Assert.Equal(0, _sharePoint.RequestsTo("/stray.png"));
    }

    [Fact]
    public async Task A_picture_pasted_in_a_channel_is_not_evidence_and_the_message_is_read_as_usual()
    {
        var url = _sharePoint.Serve("pasted.png", SampleFiles.Png());
        var message = _bot.ChannelMessage("<at>SocialRiskBot</at> help", ReportDriver.ItSecurityChannel, Responder);
        message.Attachments = [TeamsFile("pasted.png", url)];

        var reply = Assert.Single(await _bot.SendAsync(message));

        Assert.Contains("Here's what I can do", ReportDriver.Json(reply), StringComparison.Ordinal);
        Assert.Equal(0, _sharePoint.RequestsTo("/pasted.png"));
    }

    [Fact]
    public async Task After_sending_my_reports_Add_files_puts_the_next_files_on_the_case_with_a_history_line()
    {
        var caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync(anonymous: true);
        var myReports = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("my reports"))));
        Assert.Contains("report.files", myReports, StringComparison.Ordinal);

        var told = Assert.Single(await _bot.SendAsync(_bot.PersonalSubmit(new { command = "report.files", @case = caseNumber }, "my-reports-card")));
        Assert.Contains($"Send the screenshots or files for {caseNumber} now", told.Text, StringComparison.Ordinal);
        var pdf = SampleFiles.Pdf(5_000);
        var reply = Assert.Single(await _bot.SendAsync(WithFiles(TeamsFile("login-alert.pdf", _sharePoint.Serve("alert.pdf", pdf)))));

        Assert.Equal($"Added to {caseNumber}: login-alert.pdf. IT security can see it on the case now.", reply.Text);
        var incident = await CaseAsync(caseNumber);
        Assert.Equal(SampleFiles.Sha256(pdf), Assert.Single(incident.EvidenceFiles).Sha256);
        Assert.Equal(("Anonymous reporter", "added evidence: login-alert.pdf"), (incident.History[^1].Who, incident.History[^1].What));
    }

    [Fact]
    public async Task Two_messages_of_files_at_once_never_take_a_case_past_five_files()
    {
        var caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync();
        await _bot.SendAsync(_bot.PersonalSubmit(new { command = "report.files", @case = caseNumber }, "my-reports-card"));
        Activity Message(string batch)
        {
            var message = _bot.PersonalMessage(string.Empty);
            message.Text = null;
            message.Attachments = [.. Enumerable.Range(1, 3).Select(i => TeamsFile($"{batch}-{i}.png", _sharePoint.Serve($"{batch}-{i}.png", SampleFiles.Png(1000 + i + (batch == "a" ? 0 : 10)))))];
            return message;
        }

        await Task.WhenAll(_bot.SendAsync(Message("a")), _bot.SendAsync(Message("b")));

        var files = (await CaseAsync(caseNumber)).EvidenceFiles;
        Assert.InRange(files.Count, 3, 5);
        Assert.Equal(files.Count, files.Select(f => f.Sha256).Distinct().Count());
        var blobs = Directory.EnumerateFiles(Path.Combine(_bot.Folder, "blobs", EvidenceFile.Container), "*", SearchOption.AllDirectories).Count();
        Assert.Equal(files.Count, blobs);
    }

    [Fact]
    public async Task Two_messages_of_files_at_once_never_take_a_report_in_progress_past_five_files()
    {
        await StartReportAsync();
        Activity Message(string batch)
        {
            var message = _bot.PersonalMessage(string.Empty);
            message.Text = null;
            message.Attachments = [.. Enumerable.Range(1, 3).Select(i => TeamsFile($"{batch}-{i}.png", _sharePoint.Serve($"{batch}-{i}.png", SampleFiles.Png(1000 + i + (batch == "a" ? 0 : 10)))))];
            return message;
        }

        var replies = await Task.WhenAll(_bot.SendAsync(Message("a")), _bot.SendAsync(Message("b")));

        var draft = await _bot.Services.GetRequiredService<ReportService>().FindOpenAsync("aad-alex", CancellationToken.None);
        Assert.InRange(draft!.EvidenceFiles.Count, 3, 5);
        Assert.All(replies, r => Assert.False(string.IsNullOrWhiteSpace(Assert.Single(r).Text)));
        var blobs = Directory.EnumerateFiles(Path.Combine(_bot.Folder, "blobs", EvidenceFile.Container), "*", SearchOption.AllDirectories).Count();
        Assert.Equal(draft.EvidenceFiles.Count, blobs);
    }

    [Fact]
    public async Task Add_files_on_someone_elses_case_is_refused()
    {
        var caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync();

        var told = Assert.Single(await _bot.SendAsync(_bot.PersonalSubmit(new { command = "report.files", @case = caseNumber }, "my-reports-card", userId: "29:sam")));
        var reply = Assert.Single(await _bot.SendAsync(WithFiles(TeamsFile("x.png", _sharePoint.Serve("x.png", SampleFiles.Png())), userId: "29:sam")));

        Assert.Contains("can't find that report among yours", told.Text, StringComparison.Ordinal);
        Assert.Equal(SocialRiskBot.Incidents.Teams.EvidenceConversation.NoReport, reply.Text);
        Assert.Empty((await CaseAsync(caseNumber)).EvidenceFiles);
    }

    [Fact]
    public async Task View_evidence_gives_a_responder_signed_links_in_a_private_dialog_and_a_stranger_none()
    {
        var (driver, cardId, details) = await StartReportAsync();
        await _bot.SendAsync(WithFiles(TeamsFile("fake-page.png", _sharePoint.Serve("fake.png", SampleFiles.Png()))));
        var caseNumber = await FinishReportAsync(driver, cardId, details);
        var file = Assert.Single((await CaseAsync(caseNumber)).EvidenceFiles);

        var dialog = await _bot.InvokeAsync(ViewEvidence(caseNumber, Responder));
        var refused = await _bot.InvokeAsync(ViewEvidence(caseNumber, "29:stranger"));

        var task = dialog!.Body!.Value.GetProperty("task");
        Assert.Equal(("continue", 200), (task.GetProperty("type").GetString(), dialog.Status));
        var url = Regex().Match(task.GetProperty("value").GetProperty("card").ToString()).Value;
        url = JsonSerializer.Deserialize<string>($"\"{url}\"")!; // as the client reads it: JSON escapes undone
        Assert.StartsWith($"https://bot.contoso.example/evidence/{caseNumber}/{file.Id}?expires=", url, StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(url).Query);
        var links = _bot.Services.GetRequiredService<EvidenceLinks>();
        var now = _bot.Time.GetUtcNow();
        Assert.Equal(EvidenceLinkCheck.Valid, await links.VerifyAsync(caseNumber, file.Id, query["expires"], query["sig"], now, CancellationToken.None));
        Assert.Equal(EvidenceLinkCheck.Expired, await links.VerifyAsync(caseNumber, file.Id, query["expires"], query["sig"], now.AddMinutes(16), CancellationToken.None));
        Assert.Equal("message", refused!.Body!.Value.GetProperty("task").GetProperty("type").GetString());
        Assert.DoesNotContain("/evidence/", refused.Body.Value.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A report of a fake account, up to the details form.</summary>
    private async Task<(ReportDriver Driver, string CardId, Activity Details)> StartReportAsync()
    {
        var driver = new ReportDriver(_bot);
        var (cardId, form) = await driver.StartAsync();
        return (driver, cardId, await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "impersonation" }));
    }

    /// <returns>The case number.</returns>
    private static async Task<string> FinishReportAsync(ReportDriver driver, string cardId, Activity details)
    {
        var review = await driver.SubmitAsync(cardId, details, new { command = "report.details", platform = "facebook", whatHappened = "A fake Contoso Careers page asks for bank details." });
        return ReportDriver.CaseNumberPattern().Match(ReportDriver.Json(await driver.SubmitAsync(cardId, review, new { command = "report.submit" }))).Value;
    }

    private async Task<Incident> CaseAsync(string caseNumber) =>
        (await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None)).Incident!;

    private Activity WithFiles(Attachment file, string userId = "29:alex")
    {
        var message = _bot.PersonalMessage(string.Empty, userId);
        message.Text = null;
        message.Attachments = [file];
        return message;
    }

    private static Attachment TeamsFile(string name, string downloadUrl) => new()
    {
        ContentType = FileAttachment.TeamsFileDownloadInfo,
        Name = name,
        ContentUrl = "https://contoso.sharepoint.com/personal/alex/Documents/" + name,
        Content = JsonSerializer.SerializeToElement(new { downloadUrl, uniqueId = Guid.NewGuid().ToString(), fileType = Path.GetExtension(name).TrimStart('.') }),
    };

    private Activity ViewEvidence(string caseNumber, string user)
    {
        var invoke = _bot.ChannelMessage(string.Empty, ReportDriver.ItSecurityChannel, user);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "task/fetch";
        invoke.Text = null;
        invoke.From!.Name = null;
        invoke.Value = JsonSerializer.SerializeToElement(new { type = "task/fetch", data = new { msteams = new { type = "task/fetch" }, command = "case.evidence", @case = caseNumber }, context = new { theme = "default" } });
        return invoke;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https://[^""]+")]
    private static partial System.Text.RegularExpressions.Regex Regex();

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sharePoint.DisposeAsync();
    }
}
