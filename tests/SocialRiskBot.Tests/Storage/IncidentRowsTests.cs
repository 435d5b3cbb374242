using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Incidents.Sla;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Storage;

/// <summary>
/// The rows the reporting side keeps beside its cases (counters, indexes, links, marks) load as deployed bots hold
/// them, and are written back with the same columns of the same types. Cases and drafts: <see cref="SocialRiskBot.Tests.Incidents.StoredShapeTests"/>.
/// </summary>
public sealed class IncidentRowsTests : IAsyncDisposable
{
    private readonly StoredRows _rows = new();

    [Fact]
    public async Task A_case_counter_row_loads_and_the_next_number_is_written_in_the_same_shape()
    {
        var stored = new TableRow("year", "2026") { Properties = new Dictionary<string, object?> { ["Last"] = 41 } };
        await _rows.PutAsync("CaseCounters", stored);
        var numbers = _rows.Get<CaseNumbers>();

        Assert.Equal(41, await numbers.LastIssuedAsync(2026, CancellationToken.None));
        Assert.Equal([(2026, 41)], await numbers.YearsAsync(CancellationToken.None));
        Assert.Equal("SMR-2026-0042", (await numbers.NextAsync(2026, CancellationToken.None)).ToString());

        var written = await _rows.ReadAsync("CaseCounters", "year", "2026");
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(written));
        Assert.Equal(42, written.Properties["Last"]);
    }

    [Fact]
    public async Task An_open_case_row_is_listed_and_registering_again_writes_the_same_shape()
    {
        var registeredAt = StoredRows.Now.AddDays(-2);
        var stored = new TableRow("open", "SMR-2026-0042")
        {
            Properties = new Dictionary<string, object?> { ["CaseNumber"] = "SMR-2026-0042", ["RegisteredAt"] = registeredAt },
        };
        await _rows.PutAsync("OpenCases", stored);
        var openCases = _rows.Get<OpenCases>();

        var listed = Assert.Single(await openCases.ListAsync(CancellationToken.None));
        Assert.Equal(("SMR-2026-0042", registeredAt), (listed.CaseNumber, listed.RegisteredAt));

        await openCases.RegisterAsync("SMR-2026-0042", CancellationToken.None);
        var written = await _rows.ReadAsync("OpenCases", "open", "SMR-2026-0042");
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(written));
        Assert.Equal(StoredRows.Now, written.Properties["RegisteredAt"]);

        await openCases.ForgetAsync("SMR-2026-0042", listed.ETag, CancellationToken.None);
        Assert.NotNull(await _rows.FindAsync("OpenCases", "open", "SMR-2026-0042")); // registered again since it was listed
    }

    [Fact]
    public async Task An_anonymous_reporter_link_row_opens_and_a_new_link_is_written_in_the_same_shape()
    {
        var seal = _rows.Get<ReporterSeal>();
        var stored = new TableRow(TableKeys.Encode("anon-7f3a"), "link")
        {
            Properties = new Dictionary<string, object?> { ["User"] = seal.Seal("aad-alex"), ["LinkedAt"] = StoredRows.Now.AddDays(-1) },
        };
        await _rows.PutAsync(ReporterLinks.TableName, stored);
        var links = _rows.Get<ReporterLinks>();

        Assert.Equal("aad-alex", await links.FindUserAsync("anon-7f3a", CancellationToken.None));

        await links.RecordAsync("anon-7f3a", "aad-sam", CancellationToken.None);
        var written = await _rows.ReadAsync(ReporterLinks.TableName, "anon-7f3a", "link");
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(written));
        Assert.Equal("aad-sam", await links.FindUserAsync("anon-7f3a", CancellationToken.None));
    }

    [Fact]
    public async Task Named_and_anonymous_entries_of_a_reporter_are_read_and_written_in_their_shapes()
    {
        var seal = _rows.Get<ReporterSeal>();
        var named = new TableRow("aad-alex", "SMR-2026-0007");
        var anonymous = new TableRow("aad-alex", "7c1d9e")
        {
            Properties = new Dictionary<string, object?> { ["Case"] = seal.Seal("SMR-2026-0008") },
        };
        await _rows.PutAsync("ReporterCases", named);
        await _rows.PutAsync("ReporterCases", anonymous);
        var cases = _rows.Get<ReporterCases>();

        await cases.ForgetAsync("aad-alex", "SMR-2026-0008", CancellationToken.None);
        Assert.Null(await _rows.FindAsync("ReporterCases", "aad-alex", "7c1d9e"));
        Assert.NotNull(await _rows.FindAsync("ReporterCases", "aad-alex", "SMR-2026-0007"));
        await cases.ForgetAsync("aad-alex", "SMR-2026-0007", CancellationToken.None);
        Assert.Null(await _rows.FindAsync("ReporterCases", "aad-alex", "SMR-2026-0007"));

        await cases.RecordAsync("aad-sam", "SMR-2026-0009", null, CancellationToken.None);
        await cases.RecordAsync("aad-sam", "SMR-2026-0010", "2b8e4f", CancellationToken.None);
        Assert.Equal(StoredRows.Shape(named), StoredRows.Shape(await _rows.ReadAsync("ReporterCases", "aad-sam", "SMR-2026-0009")));
        var written = await _rows.ReadAsync("ReporterCases", "aad-sam", "2b8e4f");
        Assert.Equal(StoredRows.Shape(anonymous), StoredRows.Shape(written));
        Assert.Equal("SMR-2026-0010", seal.Open(written.GetString("Case")));
    }

    [Fact]
    public async Task An_evidence_target_row_is_found_while_it_lasts_and_a_new_one_is_written_in_the_same_shape()
    {
        var seal = _rows.Get<ReporterSeal>();
        var stored = new TableRow("aad-alex", "target")
        {
            Properties = new Dictionary<string, object?> { ["Case"] = seal.Seal("SMR-2026-0042"), ["Until"] = StoredRows.Now.AddMinutes(30) },
        };
        await _rows.PutAsync("EvidenceTargets", stored);
        var targets = _rows.Get<EvidenceTargets>();

        Assert.Equal("SMR-2026-0042", await targets.FindAsync("aad-alex", CancellationToken.None));
        _rows.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(await targets.FindAsync("aad-alex", CancellationToken.None));

        await targets.SetAsync("aad-alex", "SMR-2026-0043", CancellationToken.None);
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(await _rows.ReadAsync("EvidenceTargets", "aad-alex", "target")));
        Assert.Equal("SMR-2026-0043", await targets.FindAsync("aad-alex", CancellationToken.None));
    }

    [Fact]
    public async Task A_posted_summary_mark_counts_and_a_new_mark_is_written_in_the_same_shape()
    {
        var stored = new TableRow("2026-10", "posted") { Properties = new Dictionary<string, object?> { ["PostedAt"] = StoredRows.Now.AddDays(-20) } };
        await _rows.PutAsync("IncidentSummaries", stored);
        var posts = _rows.Get<SummaryPosts>();

        Assert.True(await posts.IsPostedAsync("2026-10", CancellationToken.None));
        Assert.False(await posts.TryMarkPostedAsync("2026-10", [], CancellationToken.None));

        Assert.True(await posts.TryMarkPostedAsync("2026-11", [], CancellationToken.None));
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(await _rows.ReadAsync("IncidentSummaries", "2026-11", "posted")));
    }

    [Fact]
    public async Task A_draft_is_written_as_JSON_beside_its_version_and_step()
    {
        var drafts = _rows.Get<ReportDrafts>();

        Assert.True(await drafts.TrySaveAsync(ReportDraft.Start("aad-alex", StoredRows.Now), null, CancellationToken.None));

        var written = await _rows.ReadAsync("ReportDrafts", "draft", "aad-alex");
        Assert.Equal(["Draft:String", "Step:String", "Version:Int32"], StoredRows.Shape(written));
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();
}
