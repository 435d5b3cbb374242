using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Campaigns;

namespace SocialRiskBot.Tests.Storage;

/// <summary>
/// A learner's partition and the campaigns as deployed bots hold them: each record as JSON in its <c>Json</c>
/// column (attempts with columns beside it) loads, and is written back with the same columns of the same types.
/// </summary>
public sealed class TrainingRowsTests : IAsyncDisposable
{
    private const string Partition = "aad-kim";

    private readonly StoredRows _rows = new();

    [Fact]
    public async Task A_learners_rows_load_into_their_file_and_changes_keep_their_shape()
    {
        var learner = Json("""{"userKey":"aad-kim","name":"Kim","departmentAsked":true,"unreachable":false,"lastNudgeDay":"2026-11-20","refresh":null}""");
        var module = Json("""
            {"moduleId":"account-security","currentAttemptId":null,"attempts":1,"lastPercent":85,"lastFinishedAt":"2026-11-20T10:05:00+00:00",
             "bestPercent":85,"passedAt":"2026-11-20T10:05:00+00:00","passedVersion":"abc123","passed":true}
            """);
        var review = Json("""{"moduleId":"account-security","questionId":"q2","box":1,"dueAt":"2026-11-22T10:05:00+00:00","lastAnsweredAt":"2026-11-20T10:05:00+00:00"}""");
        var invitation = Json("""{"campaignId":"account-security~everyone~20261231","moduleId":"account-security","dueDate":"2026-12-31","invitedAt":"2026-11-19T09:00:00+00:00","remindersSent":[7]}""");
        await _rows.PutAsync(TrainingStore.TableName, Row("learner", learner));
        await _rows.PutAsync(TrainingStore.TableName, Row("module|account-security", module));
        await _rows.PutAsync(TrainingStore.TableName, Row("review|account-security|q2", review));
        await _rows.PutAsync(TrainingStore.TableName, Row("invite|account-security~everyone~20261231", invitation));
        var store = _rows.Get<TrainingStore>();

        var file = await store.LoadAsync("aad-kim", CancellationToken.None);

        Assert.Equal(("Kim", true, "2026-11-20"), (file.Learner.Value.Name, file.Learner.Value.DepartmentAsked, file.Learner.Value.LastNudgeDay));
        Assert.Equal(("abc123", 85), (file.Module("account-security").Value.PassedVersion, file.Module("account-security").Value.BestPercent));
        Assert.Equal(1, file.Review("account-security", "q2")!.Box);
        Assert.Equal([7], file.Invitations["account-security~everyone~20261231"].Value.RemindersSent);

        await store.UpdateLearnerAsync("aad-kim", l => l with { Unreachable = true }, CancellationToken.None);
        var reloaded = await store.LoadAsync("aad-kim", CancellationToken.None);
        Assert.True(await store.TrySubmitAsync(
            [
                TrainingStore.Put("aad-kim", reloaded.Module("account-security").Value with { Attempts = 2 }, reloaded.Module("account-security").ETag),
                TrainingStore.Put("aad-kim", reloaded.Review("account-security", "q2")! with { Box = 2 }),
                TrainingStore.Put("aad-kim", reloaded.Invitations["account-security~everyone~20261231"].Value with { RemindersSent = [7, 1] }, reloaded.Invitations["account-security~everyone~20261231"].ETag),
            ],
            CancellationToken.None));

        Assert.True((await store.LoadAsync("aad-kim", CancellationToken.None)).Learner.Value.Unreachable);
        foreach (var rowKey in new[] { "learner", "module|account-security", "review|account-security|q2", "invite|account-security~everyone~20261231" })
        {
            Assert.Equal(["Json:String"], StoredRows.Shape(await _rows.ReadAsync(TrainingStore.TableName, Partition, rowKey)));
        }
    }

    [Fact]
    public async Task An_attempt_row_loads_and_is_written_back_with_its_columns()
    {
        var finishedAt = new DateTimeOffset(2026, 11, 20, 10, 5, 0, TimeSpan.Zero);
        var stored = new TableRow(Partition, "attempt|account-security|20261120100000-a1b2c3")
        {
            Properties = new Dictionary<string, object?>
            {
                ["Json"] = """
                    {"id":"20261120100000-a1b2c3","userKey":"aad-kim","moduleId":"account-security","contentVersion":"abc123",
                     "questionIds":["q1","q2"],"answers":[{"questionId":"q1","chosen":["a"],"right":true,"at":"2026-11-20T10:01:00+00:00"},
                     {"questionId":"q2","chosen":["c"],"right":false,"at":"2026-11-20T10:05:00+00:00"}],"shown":2,
                     "startedAt":"2026-11-20T10:00:00+00:00","finishedAt":"2026-11-20T10:05:00+00:00","passed":false,"isFinished":true,"right":1,"percent":50}
                    """,
                ["ModuleId"] = "account-security",
                ["ContentVersion"] = "abc123",
                ["FinishedAt"] = finishedAt,
            },
        };
        await _rows.PutAsync(TrainingStore.TableName, stored);
        var store = _rows.Get<TrainingStore>();

        var attempt = await store.GetAttemptAsync("aad-kim", "account-security", "20261120100000-a1b2c3", CancellationToken.None);

        Assert.Equal((50, finishedAt, false), (attempt!.Value.Percent, attempt.Value.FinishedAt, attempt.Value.Passed));
        Assert.Equal(["q1", "q2"], Assert.Single(await store.AttemptsAsync("aad-kim", CancellationToken.None).ToListAsync()).QuestionIds);
        Assert.True(await store.TrySubmitAsync([TrainingStore.Put(attempt.Value with { Shown = 3 }, attempt.ETag)], CancellationToken.None));
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(await _rows.ReadAsync(TrainingStore.TableName, Partition, stored.RowKey)));
    }

    [Fact]
    public async Task A_campaign_row_is_listed_and_a_new_campaign_is_written_in_the_same_shape()
    {
        var stored = new TableRow("campaign", "account-security~everyone~20261231")
        {
            Properties = new Dictionary<string, object?>
            {
                ["Json"] = """
                    {"id":"account-security~everyone~20261231","moduleId":"account-security","departmentId":null,"dueDate":"2026-12-31",
                     "assignedBy":"aad-admin","assignedByName":"Admin","assignedAt":"2026-11-19T09:00:00+00:00"}
                    """,
            },
        };
        await _rows.PutAsync(CampaignStore.TableName, stored);
        var campaigns = _rows.Get<CampaignStore>();

        var campaign = Assert.Single(await campaigns.AllAsync(CancellationToken.None));
        Assert.Equal(("account-security", null, new DateOnly(2026, 12, 31)), (campaign.ModuleId, campaign.DepartmentId, campaign.DueDate));
        Assert.False(await campaigns.TryAddAsync(campaign, CancellationToken.None));

        var next = campaign with { Id = Campaign.IdOf("phishing", "marketing", campaign.DueDate), ModuleId = "phishing", DepartmentId = "marketing" };
        Assert.True(await campaigns.TryAddAsync(next, CancellationToken.None));
        Assert.Equal(StoredRows.Shape(stored), StoredRows.Shape(await _rows.ReadAsync(CampaignStore.TableName, "campaign", next.Id)));
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();

    private static Dictionary<string, object?> Json(string json) => new() { ["Json"] = json };

    private static TableRow Row(string rowKey, Dictionary<string, object?> properties) => new(Partition, rowKey) { Properties = properties };
}
