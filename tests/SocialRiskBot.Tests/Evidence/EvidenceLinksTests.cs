using System.Web;
using Microsoft.Extensions.Options;
using SocialRiskBot.Evidence;

namespace SocialRiskBot.Tests.Evidence;

public sealed class EvidenceLinksTests
{
    private const string Case = "SMR-2026-0042";
    private const string FileId = "0123456789abcdef0123456789abcdef";
    private static readonly string ConfiguredKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public async Task A_fresh_link_opens_its_file_of_its_case()
    {
        await using var bot = new EvidenceRig();
        var link = await bot.Links.CreateAsync(Case, FileId, bot.Time.GetUtcNow(), default);

        Assert.StartsWith($"/evidence/{Case}/{FileId}?expires=", link, StringComparison.Ordinal);
        Assert.Equal(EvidenceLinkCheck.Valid, await VerifyAsync(bot, link, bot.Time.GetUtcNow().AddMinutes(14)));
    }

    [Fact]
    public async Task A_link_works_until_one_second_before_fifteen_minutes_and_is_expired_at_fifteen()
    {
        await using var bot = new EvidenceRig();
        var made = bot.Time.GetUtcNow();
        var link = await bot.Links.CreateAsync(Case, FileId, made, default);

        Assert.Equal(EvidenceLinkCheck.Valid, await VerifyAsync(bot, link, made.AddMinutes(15).AddSeconds(-1)));
        Assert.Equal(EvidenceLinkCheck.Expired, await VerifyAsync(bot, link, made.AddMinutes(15)));
        Assert.Equal(EvidenceLinkCheck.Expired, await VerifyAsync(bot, link, made.AddDays(3)));
    }

    [Theory]
    [InlineData("case")]
    [InlineData("file")]
    [InlineData("expiry")]
    [InlineData("sig")]
    [InlineData("sig-last-character")]
    [InlineData("no-sig")]
    public async Task A_link_with_any_part_changed_is_refused(string tampered)
    {
        await using var bot = new EvidenceRig();
        var now = bot.Time.GetUtcNow();
        var (caseNumber, fileId, expires, sig) = Parts(await bot.Links.CreateAsync(Case, FileId, now, default));
        switch (tampered)
        {
            case "case": caseNumber = "SMR-2026-0043"; break;
            case "file": fileId = "f" + fileId[1..]; break;
            case "expiry": expires = (long.Parse(expires!) + 3600).ToString(System.Globalization.CultureInfo.InvariantCulture); break;
            case "sig": sig = new string(sig!.Reverse().ToArray()); break;
            case "sig-last-character": sig = sig![..^1] + (sig[^1] == 'A' ? 'B' : 'A'); break;
            default: sig = null; break;
        }

        Assert.Equal(EvidenceLinkCheck.Invalid, await bot.Links.VerifyAsync(caseNumber, fileId, expires, sig, now, default));
    }

    [Fact]
    public async Task An_expired_link_whose_expiry_is_pushed_forward_is_refused_not_revived()
    {
        await using var bot = new EvidenceRig();
        var made = bot.Time.GetUtcNow();
        var (caseNumber, fileId, expires, sig) = Parts(await bot.Links.CreateAsync(Case, FileId, made, default));
        var later = made.AddHours(1);

        Assert.Equal(EvidenceLinkCheck.Invalid, await bot.Links.VerifyAsync(caseNumber, fileId, later.AddMinutes(10).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), sig, later, default));
        Assert.Equal(EvidenceLinkCheck.Expired, await bot.Links.VerifyAsync(caseNumber, fileId, expires, sig, later, default));
    }

    [Fact]
    public async Task Two_instances_on_the_same_storage_share_the_generated_key_and_it_survives_a_restart()
    {
        await using var first = new EvidenceRig();
        await using var second = new EvidenceRig(folder: first.Folder);
        var now = first.Time.GetUtcNow();

        // Both make their key before either has read the other's: one Add wins, both end up with it.
        var keys = await Task.WhenAll(first.Get<EvidenceLinkKey>().GetAsync(default).AsTask(), second.Get<EvidenceLinkKey>().GetAsync(default).AsTask());
        Assert.Equal(keys[0], keys[1]);

        var link = await first.Links.CreateAsync(Case, FileId, now, default);
        Assert.Equal(EvidenceLinkCheck.Valid, await VerifyAsync(second, link, now));

        await using var restarted = new EvidenceRig(folder: first.Folder);
        Assert.Equal(EvidenceLinkCheck.Valid, await VerifyAsync(restarted, link, now));
    }

    [Fact]
    public async Task A_configured_key_is_used_instead_of_the_stored_one()
    {
        var settings = new Dictionary<string, string?> { ["Evidence:LinkKey"] = ConfiguredKey };
        await using var configured = new EvidenceRig(settings);
        await using var elsewhere = new EvidenceRig(settings);
        await using var stored = new EvidenceRig(folder: configured.Folder);
        var now = configured.Time.GetUtcNow();

        var link = await configured.Links.CreateAsync(Case, FileId, now, default);

        Assert.Equal(EvidenceLinkCheck.Valid, await VerifyAsync(elsewhere, link, now));
        Assert.Equal(EvidenceLinkCheck.Invalid, await VerifyAsync(stored, link, now));
    }

    [Fact]
    public async Task The_absolute_link_uses_the_public_base_url_or_else_the_manifest_domain()
    {
        await using var explicitBase = new EvidenceRig(new Dictionary<string, string?> { ["Evidence:PublicBaseUrl"] = "https://bot.contoso.com/" });
        await using var fromManifest = new EvidenceRig(new Dictionary<string, string?> { ["Manifest:Domain"] = "riskbot.contoso.com" });
        await using var neither = new EvidenceRig();
        var now = explicitBase.Time.GetUtcNow();

        Assert.StartsWith($"https://bot.contoso.com/evidence/{Case}/{FileId}?expires=", (await explicitBase.Links.CreateAbsoluteAsync(Case, FileId, now, default)).ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"https://riskbot.contoso.com/evidence/{Case}/", (await fromManifest.Links.CreateAbsoluteAsync(Case, FileId, now, default)).ToString(), StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await neither.Links.CreateAbsoluteAsync(Case, FileId, now, default));
    }

    [Theory]
    [InlineData("00:15:01")]
    [InlineData("01:00:00")]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    public async Task A_link_lifetime_over_fifteen_minutes_or_not_positive_stops_startup(string lifetime)
    {
        await using var bot = new EvidenceRig(new Dictionary<string, string?> { ["Evidence:LinkLifetime"] = lifetime });

        var problem = Assert.Throws<OptionsValidationException>(() => bot.Get<IOptions<EvidenceOptions>>().Value);
        Assert.Contains("LinkLifetime", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_link_key_stops_startup()
    {
        await using var bot = new EvidenceRig(new Dictionary<string, string?> { ["Evidence:LinkKey"] = Convert.ToBase64String(new byte[16]) });

        var problem = Assert.Throws<OptionsValidationException>(() => bot.Get<IOptions<EvidenceOptions>>().Value);
        Assert.Contains("LinkKey", problem.Message, StringComparison.Ordinal);
    }

    private static ValueTask<EvidenceLinkCheck> VerifyAsync(EvidenceRig bot, string link, DateTimeOffset now)
    {
        var (caseNumber, fileId, expires, sig) = Parts(link);
        return bot.Links.VerifyAsync(caseNumber, fileId, expires, sig, now, default);
    }

    private static (string Case, string File, string? Expires, string? Sig) Parts(string link)
    {
        var uri = new Uri(new Uri("https://bot.test"), link);
        var segments = uri.AbsolutePath.Split('/');
        var query = HttpUtility.ParseQueryString(uri.Query);
        return (segments[2], segments[3], query["expires"], query["sig"]);
    }
}
