using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;

namespace SocialRiskBot.Tests.Protocol;

public class TrustedServiceUrlsTests
{
    private static readonly TrustedServiceUrls Defaults = new(BotFrameworkOptions.DefaultTrustedServiceUrls);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch")]
    public void Teams_service_urls_are_trusted_by_default(string url)
    {
        Assert.True(Defaults.IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://evil.example/smba.trafficmanager.net/")]
    [InlineData("https://xsmba.trafficmanager.net/")]
    [InlineData("http://localhost:56150/_connector")]
    public void Anything_else_is_not(string url)
    {
        Assert.False(Defaults.IsTrusted(new Uri(url)));
    }

    [Fact]
    public void A_wildcard_matches_exactly_one_label_and_a_port_pins_the_port()
    {
        var list = new TrustedServiceUrls(["https://*.example.com", "http://localhost:56150"]);
        Assert.True(list.IsTrusted(new Uri("https://a.example.com/")));
        Assert.False(list.IsTrusted(new Uri("https://a.b.example.com/")));
        Assert.False(list.IsTrusted(new Uri("https://example.com/")));
        Assert.True(list.IsTrusted(new Uri("http://localhost:56150/_connector")));
        Assert.False(list.IsTrusted(new Uri("http://localhost:9999/_connector")));
    }

    [Fact]
    public void A_pattern_without_scheme_is_refused_at_startup()
    {
        Assert.Throws<FormatException>(() => new TrustedServiceUrls(["smba.trafficmanager.net"]));
    }
}
