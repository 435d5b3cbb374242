using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Evidence;

namespace SocialRiskBot.Tests.Evidence;

/// <summary>
/// Files sent to the bot, fetched from real loopback servers: 127.0.0.1 plays the Bot Framework attachment service
/// (a token host), 127.0.0.2 SharePoint (trusted, no token), 127.0.0.3 somewhere untrusted.
/// </summary>
public sealed class EvidenceIntakeTests : IAsyncLifetime
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    private FileServer _attachments = null!;
    private FileServer _sharePoint = null!;
    private FileServer _elsewhere = null!;
    private EvidenceRig _bot = null!;

    public async Task InitializeAsync()
    {
        _attachments = await FileServer.StartAsync("127.0.0.1");
        _sharePoint = await FileServer.StartAsync("127.0.0.2");
        _elsewhere = await FileServer.StartAsync("127.0.0.3");
        _bot = new EvidenceRig(new Dictionary<string, string?>
        {
            ["Evidence:TrustedHosts:0"] = "http://127.0.0.1",
            ["Evidence:TrustedHosts:1"] = "http://127.0.0.2",
            ["Evidence:TrustedHosts:2"] = "*.sharepoint.com",
            ["Evidence:TokenHosts:0"] = "http://127.0.0.1",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _attachments.DisposeAsync();
        await _sharePoint.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    [Fact]
    public async Task A_screenshot_shared_in_teams_is_kept_with_its_sha256_and_its_exact_bytes()
    {
        var png = SampleFiles.Png(50_000);
        var url = _sharePoint.Serve("download.aspx", png, "application/octet-stream");

        var result = await AcceptAsync([TeamsFile("../Desktop/hacked\u202Eaccount.png", url)]);

        var file = Assert.Single(result.Accepted);
        Assert.Empty(result.Rejected);
        Assert.Equal("hackedaccount.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(png.Length, file.Bytes);
        Assert.Equal(SampleFiles.Sha256(png), file.Sha256);
        Assert.Equal(_bot.Time.GetUtcNow(), file.AddedAt);
        Assert.Matches("^[0-9a-f]{32}$", file.Id);
        await using var stored = await _bot.Get<EvidenceBlobs>().OpenAsync(file.Id, default);
        Assert.NotNull(stored);
        Assert.Equal("image/png", stored.ContentType);
        using var copy = new MemoryStream();
        await stored.Content.CopyToAsync(copy);
        Assert.Equal(png, copy.ToArray());
    }

    [Fact]
    public async Task The_type_comes_from_the_content_so_a_png_called_pdf_is_kept_as_a_png()
    {
        var url = _sharePoint.Serve("evidence.pdf", SampleFiles.Png(), "application/pdf");

        var file = Assert.Single((await AcceptAsync([TeamsFile("evidence.pdf", url)])).Accepted);

        Assert.Equal("image/png", file.ContentType);
        Assert.Equal("png", file.Extension);
    }

    [Fact]
    public async Task Pictures_and_pdfs_of_every_kept_kind_are_accepted_in_one_message()
    {
        var result = await AcceptAsync(
        [
            TeamsFile("a.jpg", _sharePoint.Serve("a", SampleFiles.Jpeg())),
            TeamsFile("b.gif", _sharePoint.Serve("b", SampleFiles.Gif89())),
            TeamsFile("c.webp", _sharePoint.Serve("c", SampleFiles.Webp())),
            TeamsFile("d.pdf", _sharePoint.Serve("d", SampleFiles.Pdf())),
        ]);

        Assert.Empty(result.Rejected);
        Assert.Equal(["image/jpeg", "image/gif", "image/webp", "application/pdf"], result.Accepted.Select(f => f.ContentType));
    }

    [Fact]
    public async Task A_bitmap_is_refused_with_the_kinds_that_are_kept_and_leaves_no_blob()
    {
        var url = _sharePoint.Serve("holiday.bmp", SampleFiles.Bmp());

        var result = await AcceptAsync([TeamsFile("holiday.bmp", url)]);

        Assert.Empty(result.Accepted);
        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(EvidenceRejectionReason.WrongType, rejection.Reason);
        Assert.Equal("holiday.bmp isn't a picture or PDF I can keep: send PNG, JPEG, GIF, WebP or PDF.", rejection.Message);
        Assert.Empty(_bot.FilesUnderBlobs());
    }

    [Fact]
    public async Task A_web_page_claiming_to_be_a_png_is_refused()
    {
        var url = _attachments.Serve("views/original", SampleFiles.Html(), "image/png");

        var result = await AcceptAsync([InlineImage(url)]);

        Assert.Equal(EvidenceRejectionReason.WrongType, Assert.Single(result.Rejected).Reason);
        Assert.StartsWith("The pasted picture isn't a picture or PDF", result.Rejected[0].Message, StringComparison.Ordinal);
        Assert.Empty(_bot.FilesUnderBlobs());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_file_over_10_MB_is_refused_whether_or_not_the_server_announces_its_length(bool announceLength)
    {
        var url = _sharePoint.Serve("big.png", SampleFiles.Png(TenMegabytes + 1), announceLength: announceLength);

        var result = await AcceptAsync([TeamsFile("big.png", url)]);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(EvidenceRejectionReason.TooLarge, rejection.Reason);
        Assert.Contains("big.png is over 10 MB", rejection.Message, StringComparison.Ordinal);
        Assert.Empty(_bot.FilesUnderBlobs());
    }

    [Fact]
    public async Task A_file_of_exactly_10_MB_is_kept()
    {
        var url = _sharePoint.Serve("edge.png", SampleFiles.Png(TenMegabytes), announceLength: false);

        var file = Assert.Single((await AcceptAsync([TeamsFile("edge.png", url)])).Accepted);

        Assert.Equal(TenMegabytes, file.Bytes);
    }

    [Fact]
    public async Task The_sixth_file_of_a_case_is_refused_without_being_downloaded()
    {
        var existing = Enumerable.Range(0, 5).Select(i => StoredFile($"{i:x2}")).ToList();
        var url = _sharePoint.Serve("sixth.png", SampleFiles.Png());

        var result = await _bot.Intake.AcceptAsync([TeamsFile("sixth.png", url)], existing, default);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(EvidenceRejectionReason.TooMany, rejection.Reason);
        Assert.Equal("I left out sixth.png: this case already has 5 files, the most it can hold.", rejection.Message);
        Assert.Equal(0, _sharePoint.RequestsTo("sixth.png"));
        Assert.Empty(_bot.FilesUnderBlobs());
    }

    [Fact]
    public async Task Files_beyond_the_cap_in_one_message_are_refused_and_the_first_ones_kept()
    {
        var existing = Enumerable.Range(0, 3).Select(i => StoredFile($"{i:x2}")).ToList();
        var sent = Enumerable.Range(1, 4).Select(i => TeamsFile($"{i}.png", _sharePoint.Serve($"{i}.png", SampleFiles.Png()))).ToList();

        var result = await _bot.Intake.AcceptAsync(sent, existing, default);

        Assert.Equal(["1.png", "2.png"], result.Accepted.Select(f => f.FileName));
        Assert.Equal(["3.png", "4.png"], result.Rejected.Select(r => r.FileName));
        Assert.All(result.Rejected, r => Assert.Equal(EvidenceRejectionReason.TooMany, r.Reason));
    }

    [Fact]
    public async Task A_file_from_an_untrusted_host_is_refused_without_being_requested()
    {
        var url = _elsewhere.Serve("cat.png", SampleFiles.Png());

        var result = await AcceptAsync([TeamsFile("cat.png", url)]);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(EvidenceRejectionReason.Untrusted, rejection.Reason);
        Assert.Equal("I can only take files shared in Teams, so I left out cat.png (it comes from http://127.0.0.3).", rejection.Message);
        Assert.Empty(_elsewhere.Requests);
        Assert.Empty(_bot.FilesUnderBlobs());
    }

    [Fact]
    public async Task Plain_http_to_a_trusted_domain_that_is_not_loopback_is_refused()
    {
        var result = await AcceptAsync([TeamsFile("report.pdf", "http://contoso-my.sharepoint.com/personal/alex/download.aspx?tempauth=x")]);

        var rejection = Assert.Single(result.Rejected);
        Assert.Equal(EvidenceRejectionReason.Untrusted, rejection.Reason);
        Assert.Contains("http://contoso-my.sharepoint.com", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_an_untrusted_host_is_refused_before_it_is_followed()
    {
        var target = _elsewhere.Serve("cat.png", SampleFiles.Png());
        var url = _sharePoint.Redirect("download.aspx", target);

        var result = await AcceptAsync([TeamsFile("cat.png", url)]);

        Assert.Equal(EvidenceRejectionReason.Untrusted, Assert.Single(result.Rejected).Reason);
        Assert.Contains("127.0.0.3", result.Rejected[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, _sharePoint.RequestsTo("download.aspx"));
        Assert.Empty(_elsewhere.Requests);
        Assert.Empty(_bot.FilesUnderBlobs());
    }

    [Fact]
    public async Task A_redirect_to_a_trusted_host_is_followed()
    {
        var png = SampleFiles.Png();
        var url = _sharePoint.Redirect("download.aspx", _sharePoint.Serve("files/cat.png", png), status: 307);

        var file = Assert.Single((await AcceptAsync([TeamsFile("cat.png", url)])).Accepted);

        Assert.Equal(SampleFiles.Sha256(png), file.Sha256);
    }

    [Fact]
    public async Task A_redirect_loop_is_given_up_after_a_few_hops()
    {
        var url = _sharePoint.Redirect("loop", _sharePoint.Url("loop"));

        var result = await AcceptAsync([TeamsFile("loop.png", url)]);

        Assert.Equal(EvidenceRejectionReason.Unavailable, Assert.Single(result.Rejected).Reason);
        Assert.InRange(_sharePoint.RequestsTo("loop"), 2, 5);
    }

    [Fact]
    public async Task A_pasted_picture_is_fetched_with_the_bot_token_from_a_token_host_only()
    {
        var fromTokenHost = _attachments.Serve("v3/attachments/1/views/original", SampleFiles.Png());
        var fromOtherHost = _sharePoint.Serve("v3/attachments/2/views/original", SampleFiles.Png());

        var result = await AcceptAsync([InlineImage(fromTokenHost), InlineImage(fromOtherHost)]);

        Assert.Equal(2, result.Accepted.Count);
        Assert.Equal($"Bearer {EvidenceRig.BotToken}", Assert.Single(_attachments.Requests).Authorization);
        Assert.Equal("", Assert.Single(_sharePoint.Requests).Authorization);
    }

    [Fact]
    public async Task A_teams_file_never_gets_the_bot_token_even_on_a_token_host()
    {
        var url = _attachments.Serve("download.aspx", SampleFiles.Pdf());

        Assert.Single((await AcceptAsync([TeamsFile("a.pdf", url)])).Accepted);

        Assert.Equal("", Assert.Single(_attachments.Requests).Authorization);
    }

    [Fact]
    public async Task The_bot_token_is_not_forwarded_on_a_redirect_even_to_the_same_host()
    {
        var url = _attachments.Redirect("v3/attachments/1/views/original", _attachments.Serve("blob/1", SampleFiles.Png()));

        Assert.Single((await AcceptAsync([InlineImage(url)])).Accepted);

        Assert.Equal(
            [("v3/attachments/1/views/original", $"Bearer {EvidenceRig.BotToken}"), ("blob/1", "")],
            _attachments.Requests.ToArray());
    }

    [Fact]
    public async Task The_same_picture_sent_twice_is_kept_once()
    {
        var png = SampleFiles.Png();
        var first = Assert.Single((await AcceptAsync([TeamsFile("a.png", _sharePoint.Serve("a.png", png))])).Accepted);

        var again = await _bot.Intake.AcceptAsync(
            [TeamsFile("copy of a.png", _sharePoint.Serve("b.png", png)), TeamsFile("also a.png", _sharePoint.Serve("c.png", png))],
            [first],
            default);

        Assert.Empty(again.Accepted);
        Assert.All(again.Rejected, r => Assert.Equal(EvidenceRejectionReason.Duplicate, r.Reason));
        Assert.Equal("copy of a.png is already in this case, so I didn't add it twice.", again.Rejected[0].Message);
        Assert.Equal(2, _bot.FilesUnderBlobs().Count); // the first file's blob and its content type, nothing more
    }

    [Fact]
    public async Task A_server_error_or_a_missing_url_is_refused_with_a_try_again()
    {
        var result = await AcceptAsync([TeamsFile("gone.png", _sharePoint.Url("nothing-here")), TeamsFile("no-url.png", null)]);

        Assert.All(result.Rejected, r => Assert.Equal(EvidenceRejectionReason.Unavailable, r.Reason));
        Assert.Equal("I couldn't fetch gone.png just now: please send it again.", result.Rejected[0].Message);
        Assert.Empty(_bot.FilesUnderBlobs());
    }

    [Fact]
    public void Only_teams_files_and_pasted_images_are_files_the_html_copy_and_cards_are_not()
    {
        var attachments = new List<Attachment>
        {
            new() { ContentType = "image/*", ContentUrl = "https://smba.trafficmanager.net/amer/v3/attachments/1/views/original" },
            new() { ContentType = "text/html", Content = System.Text.Json.JsonSerializer.SerializeToElement("<p><img src=\"https://us-api.asm.skype.com/v1/objects/1/views/imgo\"></p>") },
            new() { ContentType = Attachment.AdaptiveCardContentType, Content = System.Text.Json.JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" }) },
            new()
            {
                ContentType = FileAttachment.TeamsFileDownloadInfo,
                Name = "report.pdf",
                Content = System.Text.Json.JsonSerializer.SerializeToElement(new { downloadUrl = "https://contoso-my.sharepoint.com/d", uniqueId = "1", fileType = "pdf" }),
            },
        };

        var files = FileAttachment.From(attachments);

        Assert.Equal(
            [
                new FileAttachment(FileAttachmentKind.InlineImage, null, "https://smba.trafficmanager.net/amer/v3/attachments/1/views/original"),
                new FileAttachment(FileAttachmentKind.TeamsFile, "report.pdf", "https://contoso-my.sharepoint.com/d"),
            ],
            files);
    }

    private Task<EvidenceIntakeResult> AcceptAsync(IReadOnlyList<FileAttachment> files) => _bot.Intake.AcceptAsync(files, [], default);

    private static FileAttachment TeamsFile(string name, string? url) => new(FileAttachmentKind.TeamsFile, name, url);

    private static FileAttachment InlineImage(string url) => new(FileAttachmentKind.InlineImage, null, url);

    private static EvidenceFile StoredFile(string id) =>
        new(id.PadLeft(32, '0'), $"{id}.png", "image/png", 100, id.PadLeft(64, '0'), DateTimeOffset.UnixEpoch);
}
