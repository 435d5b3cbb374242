using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;
using SocialRiskBot.Training.Campaigns;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>Resolving a case, a responder assigns the related training to a department: it becomes a training campaign.</summary>
public sealed class LearningLoopTests : IAsyncLifetime
{
    private const string Responder = "29:lee";
    private readonly ConversationHarness _bot = new(settings: ReportDriver.Departments);
    private string _caseNumber = null!;

    private string Due => DateOnly.FromDateTime(_bot.Time.GetUtcNow().UtcDateTime).AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task InitializeAsync()
    {
        _caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync();
        await _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        _bot.Connector.Members[Responder] = "Lee Gu";
    }

    [Fact]
    public async Task The_resolve_form_suggests_the_module_for_the_category_and_assigns_nothing_unless_chosen()
    {
        var card = ReportDriver.Json(_bot.Connector.Calls.First(c => c.ThreadActivity is not null).ThreadActivity!);
        using var json = JsonDocument.Parse(card);
        var modules = Choices(json.RootElement, "trainingModule");

        Assert.Equal(("none", "No training"), modules[0]);
        Assert.Equal(("account-security", "Keeping company accounts safe (suggested)"), modules[1]);
        Assert.Equal(13, modules.Count); // no training + the twelve modules, none twice

        await _bot.SendAsync(Resolve(new() { ["trainingModule"] = "none", ["trainingScope"] = "marketing" }));

        Assert.Equal(IncidentStatus.Resolved, (await CaseAsync()).Status);
        Assert.Empty(await Campaigns.AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Resolving_with_a_training_creates_the_campaign_and_records_it_on_the_case()
    {
        await _bot.SendAsync(Resolve(new() { ["trainingModule"] = "account-security", ["trainingScope"] = "marketing", ["trainingDue"] = Due }));

        var campaign = Assert.Single(await Campaigns.AllAsync(CancellationToken.None));
        Assert.Equal(("account-security", "marketing", Due), (campaign.ModuleId, campaign.DepartmentId, campaign.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.Equal("Lee Gu", campaign.AssignedByName);
        var incident = await CaseAsync();
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        Assert.StartsWith("assigned the training Keeping company accounts safe to Marketing, due ", incident.History[^1].What, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Choose who should take the training")]
    [InlineData("nowhere", "I don't know the department")]
    public async Task A_training_without_a_clear_audience_is_refused_and_the_case_stays_open(string? scope, string expected)
    {
        var extra = new Dictionary<string, object> { ["trainingModule"] = "account-security", ["trainingDue"] = Due };
        if (scope is not null)
        {
            extra["trainingScope"] = scope;
        }

        var reply = Assert.Single(await _bot.SendAsync(Resolve(extra)));

        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Equal(IncidentStatus.New, (await CaseAsync()).Status);
        Assert.Empty(await Campaigns.AllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_due_date_in_the_past_is_refused()
    {
        var reply = Assert.Single(await _bot.SendAsync(Resolve(new() { ["trainingModule"] = "account-security", ["trainingScope"] = "everyone", ["trainingDue"] = "2020-01-01" })));

        Assert.Contains("must be after today", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await Campaigns.AllAsync(CancellationToken.None));
    }

    private static List<(string Value, string Title)> Choices(JsonElement card, string inputId)
    {
        foreach (var element in Walk(card))
        {
            if (element.TryGetProperty("id", out var id) && id.GetString() == inputId)
            {
                return [.. element.GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("value").GetString()!, c.GetProperty("title").GetString()!))];
            }
        }

        throw new InvalidOperationException($"No input {inputId} on the card.");
    }

    private static IEnumerable<JsonElement> Walk(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in Walk(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Walk(item))
                {
                    yield return inner;
                }
            }
        }
    }

    private CampaignStore Campaigns => _bot.Services.GetRequiredService<CampaignStore>();

    private async Task<Incident> CaseAsync() =>
        (await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(_caseNumber, CancellationToken.None)).Incident!;

    private Activity Resolve(Dictionary<string, object> extra) =>
        ReportDriver.CaseCardPress(_bot, _caseNumber, "resolve", 1, Responder, new Dictionary<string, object>(extra) { ["summary"] = "Account recovered; MFA on." });

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
