using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Authentication;

namespace SocialRiskBot.Tests.Protocol;

/// <summary>Signing keys are cached, refreshed at least every 24 h, and on an unknown key id — but not on every forged one.</summary>
public class OpenIdMetadataTests
{
    private static readonly Uri Metadata = new(KeyServer.MetadataUrl);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly KeyServer _server = new();

    private OpenIdMetadata Create() =>
        new(Metadata, new HttpClient(_server), _time, TimeSpan.FromHours(24), TimeSpan.FromMinutes(5));

    [Fact]
    public async Task Keys_are_fetched_once_and_served_from_cache_within_the_day()
    {
        _server.Keys = ["k1"];
        var metadata = Create();

        await metadata.GetKeysAsync("k1", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(23));
        var keys = await metadata.GetKeysAsync("k1", CancellationToken.None);

        Assert.True(keys.Contains("k1"));
        Assert.Equal(1, _server.JwksRequests);
    }

    [Fact]
    public async Task After_24_hours_the_keys_are_refreshed_even_if_nothing_asked_for_a_new_one()
    {
        _server.Keys = ["k1"];
        var metadata = Create();
        await metadata.GetKeysAsync("k1", CancellationToken.None);

        _server.Keys = ["k2"];
        _time.Advance(TimeSpan.FromHours(24));
        var keys = await metadata.GetKeysAsync(null, CancellationToken.None);

        Assert.True(keys.Contains("k2"));
        Assert.False(keys.Contains("k1"));
    }

    [Fact]
    public async Task An_unknown_key_id_refreshes_at_once_but_a_flood_of_them_refreshes_once_per_interval()
    {
        _server.Keys = ["k1"];
        var metadata = Create();
        await metadata.GetKeysAsync("k1", CancellationToken.None);
        _server.Keys = ["k1", "rotated"];
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.True((await metadata.GetKeysAsync("rotated", CancellationToken.None)).Contains("rotated"));
        for (var i = 0; i < 20; i++)
        {
            await metadata.GetKeysAsync($"forged-{i}", CancellationToken.None);
        }

        Assert.Equal(2, _server.JwksRequests);
    }

    [Fact]
    public async Task Endorsements_are_read_from_the_raw_key_set()
    {
        _server.Keys = ["k1"];
        _server.Endorsements = ["msteams", "webchat"];

        var keys = await Create().GetKeysAsync("k1", CancellationToken.None);

        Assert.Equal(["msteams", "webchat"], keys.EndorsementsOf("k1"));
    }

    [Fact]
    public async Task When_a_refresh_fails_the_keys_already_held_stay_in_use()
    {
        _server.Keys = ["k1"];
        var metadata = Create();
        await metadata.GetKeysAsync("k1", CancellationToken.None);

        _server.Fail = true;
        _time.Advance(TimeSpan.FromHours(25));

        Assert.True((await metadata.GetKeysAsync("k1", CancellationToken.None)).Contains("k1"));
    }

    [Fact]
    public async Task Twenty_callers_with_unknown_key_ids_before_any_keys_share_one_fetch()
    {
        _server.Keys = ["k1"];
        _server.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var metadata = Create();

        var callers = Enumerable.Range(0, 20).Select(i => metadata.GetKeysAsync($"forged-{i}", CancellationToken.None)).ToList();
        _server.Hold.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.All(results, keys => Assert.True(keys.Contains("k1")));
        Assert.Equal(1, _server.JwksRequests);
    }

    [Fact]
    public async Task During_an_outage_before_the_first_fetch_a_flood_costs_one_attempt_per_interval()
    {
        _server.Keys = ["k1"];
        _server.Fail = true;
        var metadata = Create();

        for (var i = 0; i < 20; i++)
        {
            await Assert.ThrowsAsync<HttpRequestException>(() => metadata.GetKeysAsync($"forged-{i}", CancellationToken.None));
        }

        Assert.Equal(1, _server.Requests);

        _server.Fail = false;
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.True((await metadata.GetKeysAsync("k1", CancellationToken.None)).Contains("k1"));
        Assert.Equal(3, _server.Requests); // the failed attempt, then the metadata document and the key set
    }

    [Fact]
    public async Task A_caller_whose_key_is_known_does_not_wait_for_a_refresh_under_way()
    {
        _server.Keys = ["k1"];
        var metadata = Create();
        await metadata.GetKeysAsync("k1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        _server.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var refresh = metadata.GetKeysAsync("rotated", CancellationToken.None);
        var known = metadata.GetKeysAsync("k1", CancellationToken.None);

        Assert.True(known.IsCompletedSuccessfully);
        Assert.False(refresh.IsCompleted);
        _server.Hold.SetResult();
        await refresh;
    }

    [Fact]
    public void A_key_set_with_unreadable_entries_keeps_the_readable_keys()
    {
        using var jwks = System.Text.Json.JsonDocument.Parse("""
            {"keys":[5,"x",{"kid":7,"kty":"RSA"},{"kid":"bad-n","kty":"RSA","n":7},{"kid":"ec","kty":"EC"},
             {"kid":"good","kty":"RSA","n":"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw","e":"AQAB"}],
             "extra":1}
            """);

        var keys = OpenIdMetadata.Parse(jwks.RootElement, DateTimeOffset.UnixEpoch);

        Assert.Equal(["good"], keys.KeysById.Keys);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("5")]
    [InlineData("""{"keys":{}}""")]
    public void A_key_set_that_is_not_one_is_an_invalid_answer_not_a_crash(string json)
    {
        using var jwks = System.Text.Json.JsonDocument.Parse(json);
        Assert.Throws<InvalidDataException>(() => OpenIdMetadata.Parse(jwks.RootElement, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task Keys_are_never_fetched_over_plain_http_from_a_remote_host()
    {
        var metadata = new OpenIdMetadata(new Uri("http://login.example/meta"), new HttpClient(_server), _time, TimeSpan.FromHours(24), TimeSpan.Zero);

        await Assert.ThrowsAsync<InvalidDataException>(() => metadata.GetKeysAsync("k1", CancellationToken.None));
        Assert.Equal(0, _server.JwksRequests);
    }
}
