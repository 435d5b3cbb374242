using Microsoft.Extensions.Options;
using SocialRiskBot.Evidence;

namespace SocialRiskBot.Tests.Evidence;

public sealed class EvidenceOptionsTests
{
    [Fact]
    public async Task By_default_sharepoint_and_the_bot_framework_attachment_hosts_are_trusted_and_only_the_latter_get_the_token()
    {
        await using var bot = new EvidenceRig();
        var hosts = bot.Get<EvidenceHosts>();

        Assert.True(hosts.IsTrusted(new Uri("https://contoso-my.sharepoint.com/personal/alex/_layouts/15/download.aspx?UniqueId=1")));
        Assert.False(hosts.GetsBotToken(new Uri("https://contoso-my.sharepoint.com/personal/alex/_layouts/15/download.aspx?UniqueId=1")));
        Assert.True(hosts.GetsBotToken(new Uri("https://smba.trafficmanager.net/amer/v3/attachments/0-eus-d1-abc/views/original")));
        Assert.True(hosts.GetsBotToken(new Uri("https://us-api.asm.skype.com/v1/objects/0-eus-d1-abc/views/imgo")));
        Assert.False(hosts.IsTrusted(new Uri("https://example.com/cat.png")));
    }

    [Fact]
    public async Task A_configured_host_list_replaces_the_defaults_instead_of_adding_to_them()
    {
        await using var bot = new EvidenceRig(new Dictionary<string, string?> { ["Evidence:TrustedHosts:0"] = "files.contoso.com" });
        var options = bot.Get<IOptions<EvidenceOptions>>().Value;

        Assert.Equal(["files.contoso.com"], options.TrustedHosts);
        Assert.Empty(options.TokenHosts);
    }

    [Theory]
    [InlineData("https://contoso.sharepoint.com/a.png", true)]
    [InlineData("https://CONTOSO-my.SharePoint.com/a.png", true)]
    [InlineData("https://contoso.sharepoint.com:8443/a.png", true)]
    [InlineData("https://sharepoint.com/a.png", false)]
    [InlineData("https://a.b.sharepoint.com/a.png", false)]
    [InlineData("https://contoso.sharepoint.com.evil.example/a.png", false)]
    [InlineData("https://evilsharepoint.com/a.png", false)]
    [InlineData("http://contoso.sharepoint.com/a.png", false)]
    [InlineData("https://alex@contoso.sharepoint.com/a.png", false)]
    [InlineData("ftp://contoso.sharepoint.com/a.png", false)]
    public void A_wildcard_covers_one_label_over_https_and_nothing_else(string url, bool trusted) =>
        Assert.Equal(trusted, HostPattern.Parse("*.sharepoint.com").Matches(new Uri(url)));

    [Theory]
    [InlineData("http://files.contoso.com", "loopback")]
    [InlineData("http://*.contoso.com", "loopback")]
    [InlineData("*.com", "too wide")]
    [InlineData("files.contoso.com/path", "not a host pattern")]
    public async Task A_host_that_would_weaken_the_rules_stops_startup(string entry, string reason)
    {
        await using var bot = new EvidenceRig(new Dictionary<string, string?> { ["Evidence:TrustedHosts:0"] = entry, ["Evidence:TrustedHosts:1"] = "ok.contoso.com" });

        var problem = Assert.Throws<OptionsValidationException>(() => bot.Get<IOptions<EvidenceOptions>>().Value);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_host_must_be_a_trusted_host()
    {
        await using var bot = new EvidenceRig(new Dictionary<string, string?>
        {
            ["Evidence:TrustedHosts:0"] = "*.sharepoint.com",
            ["Evidence:TokenHosts:0"] = "api.example.com",
        });

        var problem = Assert.Throws<OptionsValidationException>(() => bot.Get<IOptions<EvidenceOptions>>().Value);
        Assert.Contains("api.example.com", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_accepted_for_loopback_hosts_listed_so()
    {
        Assert.True(HostPattern.Parse("http://127.0.0.1").Matches(new Uri("http://127.0.0.1:5123/a.png")));
        Assert.True(HostPattern.Parse("http://localhost:5123").Matches(new Uri("http://localhost:5123/a.png")));
        Assert.False(HostPattern.Parse("http://localhost:5123").Matches(new Uri("http://localhost:5124/a.png")));
        Assert.False(HostPattern.Parse("127.0.0.1").Matches(new Uri("http://127.0.0.1/a.png")));
    }
}
