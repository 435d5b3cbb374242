using SocialRiskBot.Abuse;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Conversations;
using SocialRiskBot.Profiles;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Storage;

/// <summary>
/// What the bot keeps about each person, one column per field (settings, how to reach them, their rate counts),
/// loads as deployed bots hold it and is written back with the same columns of the same types.
/// </summary>
public sealed class PeopleRowsTests : IAsyncDisposable
{
    private readonly StoredRows _rows = new();

    [Fact]
    public async Task A_profile_row_loads_and_a_change_is_written_in_the_same_shape()
    {
        var stored = new TableRow("user", "aad-alex")
        {
            Properties = new Dictionary<string, object?> { ["UserKey"] = "aad-alex", ["DepartmentId"] = "marketing", ["RemindersOn"] = false, ["Version"] = 3 },
        };
        await _rows.PutAsync("UserProfiles", stored);
        var profiles = _rows.Get<UserProfileStore>();

        var (profile, etag) = await profiles.GetAsync("aad-alex", CancellationToken.None);
        Assert.NotNull(etag);
        Assert.Equal(new UserProfile("aad-alex", "marketing", false, 3), profile);
        Assert.Equal(profile, (await profiles.AllAsync(CancellationToken.None))["aad-alex"]);

        var changed = await _rows.Get<SettingsService>().SetRemindersAsync("aad-alex", true, CancellationToken.None);

        Assert.Equal(new UserProfile("aad-alex", "marketing", true, 4), changed);
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(await _rows.ReadAsync("UserProfiles", "user", "aad-alex")));
    }

    [Fact]
    public async Task A_conversation_reference_row_loads_and_a_change_is_written_in_the_same_shape()
    {
        var stored = new TableRow("user", "aad-alex")
        {
            Properties = new Dictionary<string, object?>
            {
                ["ServiceUrl"] = "https://smba.trafficmanager.net/amer/",
                ["ConversationId"] = "a:personal-alex",
                ["UserId"] = "29:alex",
                ["AadObjectId"] = "aad-alex",
                ["TenantId"] = "tenant-1",
                ["Locale"] = "en-GB",
                ["TimeZone"] = "Europe/London",
                ["ChannelId"] = "msteams",
                ["BotId"] = "28:socialriskbot",
                ["TeamId"] = null,
                ["UpdatedAt"] = StoredRows.Now.AddDays(-3),
            },
        };
        await _rows.PutAsync("ConversationReferences", stored);
        var references = _rows.Get<ConversationReferenceStore>();

        var reference = await references.FindUserAsync("aad-alex", CancellationToken.None);
        Assert.Equal(("a:personal-alex", "29:alex", "Europe/London", null), (reference!.ConversationId, reference.UserId, reference.TimeZone, reference.TeamId));
        Assert.Equal(("aad-alex", reference), Assert.Single(await references.UsersAsync(CancellationToken.None).ToListAsync()));

        await references.RememberAsync(new Activity
        {
            Type = "message",
            ServiceUrl = "https://smba.trafficmanager.net/emea/",
            ChannelId = "msteams",
            From = new ChannelAccount { Id = "29:alex", AadObjectId = "aad-alex", Name = "Alex Wilber" },
            Recipient = new ChannelAccount { Id = "28:socialriskbot" },
            Conversation = new ConversationAccount { Id = "a:personal-alex", ConversationType = "personal" },
        }, CancellationToken.None);

        var written = await _rows.ReadAsync("ConversationReferences", "user", "aad-alex");
        Assert.Equal("https://smba.trafficmanager.net/emea/", written.GetString("ServiceUrl"));
        Assert.Subset(StoredRows.Shape(stored).ToHashSet(), StoredRows.Shape(written).ToHashSet()); // this activity tells no locale or time zone
        Assert.Equal("https://smba.trafficmanager.net/emea/", (await references.FindUserAsync("aad-alex", CancellationToken.None))!.ServiceUrl);
    }

    [Fact]
    public async Task A_rate_count_row_counts_on_and_is_written_in_the_same_shape()
    {
        var windowStart = StoredRows.Now.AddSeconds(-20);
        var stored = new TableRow("aad-alex", "Question") { Properties = new Dictionary<string, object?> { ["WindowStart"] = windowStart, ["Count"] = 19 } };
        await _rows.PutAsync("RateCounts", stored);
        var limiter = _rows.Get<UserRateLimiter>();

        Assert.True((await limiter.TryAcquireAsync("aad-alex", LimitedAction.Question, CancellationToken.None)).Allowed);
        var refused = await limiter.TryAcquireAsync("aad-alex", LimitedAction.Question, CancellationToken.None);

        Assert.Equal(RateDecision.RefuseUntil(windowStart.AddMinutes(1)), refused);
        var written = await _rows.ReadAsync("RateCounts", "aad-alex", "Question");
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(written));
        Assert.Equal((windowStart, 20), (written.Properties["WindowStart"], written.Properties["Count"]));
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();
}
