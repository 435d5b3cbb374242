using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Incidents;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>
/// Cases and drafts already in production tables (SQLite files, Azure tables) load as they were written: the rows
/// below are typed out in the shape the stores wrote before they kept their records through one typed table.
/// </summary>
public sealed class StoredShapeTests : IAsyncLifetime
{
    private readonly TempStorage _storage = new();
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = _storage.StartInstance();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task A_case_row_in_the_earlier_shape_loads_with_its_card_address_and_can_be_changed()
    {
        var table = await _services.GetRequiredService<ITableStore>().GetTableAsync("Incidents", CancellationToken.None);
        await table.AddAsync(new TableRow("SMR-2025-0007", "case")
        {
            Properties = new Dictionary<string, object?>
            {
                ["Incident"] = """
                    {"caseNumber":"SMR-2025-0007","version":3,"categoryId":"account-compromise","severity":3,"severityReasons":["official account"],
                     "ownerId":"it-security","notifiedIds":["risk-committee"],
                     "details":{"platformId":"instagram","link":null,"noticedAt":"2025-11-20T09:15:00+00:00","whatHappened":"Crypto ads on our account.",
                       "facts":{"personalData":false,"officialAccount":true,"stillVisible":true,"mediaAttention":false,"reporterUrgency":2}},
                     "reporterKey":"aad-alex","reporterName":"Alex Wilber","status":1,"reportedAt":"2025-11-20T09:20:00+00:00",
                     "acknowledgeBy":"2025-11-20T09:35:00+00:00",
                     "history":[{"at":"2025-11-20T09:20:00+00:00","who":"Alex Wilber","what":"reported it"},{"at":"2025-11-20T09:25:00+00:00","who":"Lee Gu","what":"acknowledged it"}],
                     "threadConversationId":"19:it-security@thread.tacv2;messageid=1732094400000","cardActivityId":"1732094400000",
                     "serviceUrl":"https://smba.trafficmanager.net/amer/","tenantId":"tenant-1"}
                    """,
                ["Version"] = 3,
                ["Status"] = "Acknowledged",
                ["Severity"] = "Critical",
                ["OwnerId"] = "it-security",
                ["ReportedAt"] = new DateTimeOffset(2025, 11, 20, 9, 20, 0, TimeSpan.Zero),
            },
        }, CancellationToken.None);
        var store = _services.GetRequiredService<IncidentStore>();

        var (incident, etag) = await store.GetAsync("SMR-2025-0007", CancellationToken.None);

        Assert.NotNull(etag);
        Assert.Equal((3, Severity.Critical, IncidentStatus.Acknowledged, "it-security"), (incident!.Version, incident.Severity, incident.Status, incident.OwnerId));
        Assert.Equal(["reported it", "acknowledged it"], incident.History.Select(h => h.What));
        Assert.Equal(("19:it-security@thread.tacv2;messageid=1732094400000", "1732094400000"), (incident.ThreadConversationId, incident.CardActivityId));
        Assert.Equal(Severity.High, incident.Details.Facts.ReporterUrgency);
        Assert.Empty(incident.EvidenceFiles);

        await store.UpdateAsync("SMR-2025-0007", i => i with { Version = 4 }, CancellationToken.None);
        var row = await table.GetAsync("SMR-2025-0007", "case", CancellationToken.None);
        Assert.Equal(4, (await store.GetAsync("SMR-2025-0007", CancellationToken.None)).Incident!.Version);
        Assert.Equal(["Incident", "OwnerId", "ReportedAt", "Severity", "Status", "Version"], row!.Properties.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_draft_row_in_the_earlier_shape_loads()
    {
        var table = await _services.GetRequiredService<ITableStore>().GetTableAsync("ReportDrafts", CancellationToken.None);
        await table.AddAsync(new TableRow("draft", "aad-alex")
        {
            Properties = new Dictionary<string, object?>
            {
                ["Draft"] = """
                    {"draftId":"0f3c2a","reporterKey":"aad-alex","version":2,"step":1,"startedAt":"2025-11-20T09:00:00+00:00",
                     "categoryId":"wrong-post","details":null,"caseNumber":null}
                    """,
                ["Version"] = 2,
                ["Step"] = "EnteringDetails",
            },
        }, CancellationToken.None);

        var (draft, etag) = await _services.GetRequiredService<ReportDrafts>().GetAsync("aad-alex", CancellationToken.None);

        Assert.NotNull(etag);
        Assert.Equal(("0f3c2a", 2, "wrong-post"), (draft!.DraftId, draft.Version, draft.CategoryId));
    }
}
