using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Authentication;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.Tests.Protocol;

/// <summary>
/// A token's lifetime is judged by the clock the validator is given, not by the machine's: the validator's clock
/// runs five years ahead of the machine (read on purpose here, through <see cref="TimeProvider.System"/>).
/// </summary>
public class TokenLifetimeClockTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private static readonly DateTime Today = TimeProvider.System.GetUtcNow().UtcDateTime;
    private static readonly DateTime Then = Today.AddYears(5);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(Then));
    private readonly KeyServer _server = new() { Keys = ["k1"], Endorsements = ["msteams"] };

    [Fact]
    public async Task Years_ahead_a_token_valid_then_is_accepted()
    {
        var result = await AuthenticateAsync(Sign(notBefore: Then.AddMinutes(-1), expires: Then.AddHours(1)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Years_ahead_a_token_valid_today_is_refused()
    {
        var result = await AuthenticateAsync(Sign(notBefore: Today.AddMinutes(-1), expires: Today.AddHours(1)));

        Assert.False(result.Succeeded);
        Assert.Contains("Lifetime", result.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-4, true)]
    [InlineData(-6, false)]
    public async Task The_five_minute_skew_is_counted_on_the_same_clock(int expiredMinutesAgo, bool accepted)
    {
        var result = await AuthenticateAsync(Sign(notBefore: Then.AddHours(-1), expires: Then.AddMinutes(expiredMinutesAgo)));

        Assert.Equal(accepted, result.Succeeded);
    }

    private Task<AuthenticationResult> AuthenticateAsync(string token)
    {
        var options = Options.Create(new BotFrameworkOptions
        {
            AppId = AppId,
            OpenIdMetadataUrl = new Uri(KeyServer.MetadataUrl),
            EntraOpenIdMetadataUrl = new Uri(KeyServer.MetadataUrl),
        });
        var validator = new InboundTokenValidator(options, new SingleClientFactory(_server), _time);
        var activity = new Activity { Type = "message", ChannelId = "msteams", ServiceUrl = ServiceUrl };
        return validator.AuthenticateAsync("Bearer " + token, activity, CancellationToken.None);
    }

    private string Sign(DateTime notBefore, DateTime expires) => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
    {
        Claims = new Dictionary<string, object> { ["iss"] = "https://api.botframework.com", ["aud"] = AppId, ["serviceurl"] = ServiceUrl },
        NotBefore = notBefore,
        Expires = expires,
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(_server.KeyOf("k1")) { KeyId = "k1" }, SecurityAlgorithms.RsaSha256),
    });

    private sealed class SingleClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
