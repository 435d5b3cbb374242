using SocialRiskBot.Conversations;
using SocialRiskBot.Evidence;
using SocialRiskBot.Jobs;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Storage;

/// <summary>
/// The bot's own rows (job leases, activities and installations seen once, the evidence link key) load as deployed
/// bots hold them and are written with the same columns of the same types.
/// </summary>
public sealed class BotRowsTests : IAsyncDisposable
{
    private readonly StoredRows _rows = new();

    [Fact]
    public async Task A_lease_row_held_by_another_instance_holds_until_it_expires_then_is_taken_in_the_same_shape()
    {
        var stored = new TableRow("lease", "outbox-dispatch")
        {
            Properties = new Dictionary<string, object?> { ["Owner"] = "4242-0f9e@other-host", ["ExpiresAt"] = StoredRows.Now.AddSeconds(30) },
        };
        await _rows.PutAsync("JobLeases", stored);
        var lease = _rows.Get<JobLease>();

        Assert.False(await lease.TryHoldAsync("outbox-dispatch", TimeSpan.FromMinutes(1), CancellationToken.None));
        _rows.Time.Advance(TimeSpan.FromSeconds(31));
        Assert.True(await lease.TryHoldAsync("outbox-dispatch", TimeSpan.FromMinutes(1), CancellationToken.None));

        var written = await _rows.ReadAsync("JobLeases", "lease", "outbox-dispatch");
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(written));
        Assert.Equal((lease.Owner, StoredRows.Now.AddSeconds(91)), (written.GetString("Owner"), written.Properties["ExpiresAt"]));
        await lease.ReleaseAsync("outbox-dispatch", CancellationToken.None);
        Assert.Null(await _rows.FindAsync("JobLeases", "lease", "outbox-dispatch"));
    }

    [Fact]
    public async Task Activities_and_installations_recorded_once_stay_recorded_and_new_ones_are_written_in_the_same_shape()
    {
        var activity = new TableRow("a:personal-alex", "1732094400000") { Properties = new Dictionary<string, object?> { ["RecordedAt"] = StoredRows.Now.AddMinutes(-1) } };
        var installation = new TableRow("personal", "aad-alex") { Properties = new Dictionary<string, object?> { ["RecordedAt"] = StoredRows.Now.AddDays(-9) } };
        await _rows.PutAsync("InboundActivities", activity);
        await _rows.PutAsync("Installations", installation);
        var seen = _rows.Get<InboundActivityLog>();
        var installed = _rows.Get<InstallationRegistry>();

        Assert.False(await seen.TryBeginAsync("a:personal-alex", "1732094400000", CancellationToken.None));
        Assert.False(await installed.TryRecordAsync(InstallationScope.Personal, "aad-alex", CancellationToken.None));
        await installed.ForgetAsync(InstallationScope.Personal, "aad-alex", CancellationToken.None);
        Assert.True(await installed.TryRecordAsync(InstallationScope.Personal, "aad-alex", CancellationToken.None));
        Assert.True(await seen.TryBeginAsync("a:personal-alex", "1732094400001", CancellationToken.None));

        Assert.Equal(StoredRows.Shape(installation), StoredRows.Shape(await _rows.ReadAsync("Installations", "personal", "aad-alex")));
        Assert.Equal(StoredRows.Shape(activity), StoredRows.Shape(await _rows.ReadAsync("InboundActivities", "a:personal-alex", "1732094400001")));
    }

    [Fact]
    public async Task A_stored_evidence_link_key_is_the_one_used()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();
        await _rows.PutAsync("Secrets", new TableRow("evidence", "link-key") { Properties = new Dictionary<string, object?> { ["Key"] = key } });

        Assert.Equal(key, await _rows.Get<EvidenceLinkKey>().GetAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_new_evidence_link_key_is_written_as_bytes_in_its_column()
    {
        var key = await _rows.Get<EvidenceLinkKey>().GetAsync(CancellationToken.None);

        var written = await _rows.ReadAsync("Secrets", "evidence", "link-key");
        Assert.Equal(["Key:Byte[]"], StoredRows.Shape(written));
        Assert.Equal(key, written.Properties["Key"]);
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();
}
