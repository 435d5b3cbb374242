using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>Responders work the case from its card in the IT security channel; the reporter is kept informed.</summary>
public sealed class CaseActionsTests : IAsyncLifetime
{
    private const string Responder = "29:lee";
    private readonly ConversationHarness _bot = new(settings: ReportDriver.Departments);
    private string _caseNumber = null!;

    public async Task InitializeAsync()
    {
        _caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync();
        await Dispatcher.DispatchDueAsync(CancellationToken.None); // the case card reaches the channel
        _bot.Connector.Members[Responder] = "Lee Gu";
    }

    [Fact]
    public async Task A_responder_acknowledges_the_card_updates_in_place_and_the_reporter_is_told()
    {
        await _bot.SendAsync(Press("acknowledge", version: 1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        var incident = await CaseAsync();
        Assert.Equal((IncidentStatus.Acknowledged, 2), (incident.Status, incident.Version));
        Assert.Equal(("Lee Gu", "acknowledged it"), (incident.History[^1].Who, incident.History[^1].What));
        var update = _bot.Connector.Calls.Single(c => c.Method == HttpMethod.Put && c.Uri.AbsolutePath.EndsWith("/activities/case-card-msg", StringComparison.Ordinal));
        var card = ReportDriver.Json(update.Activity!);
        Assert.Contains("Acknowledged by IT security", card, StringComparison.Ordinal);
        Assert.DoesNotContain("case.acknowledge", card, StringComparison.Ordinal); // spent: the button is gone
        Assert.Contains("case.assign", card, StringComparison.Ordinal);
        var told = _bot.Connector.Calls.Last(c => c.Method == HttpMethod.Post && c.Uri.AbsolutePath.Contains("a%3Apersonal-alex", StringComparison.Ordinal));
        Assert.Contains($"picked up your report {_caseNumber}", told.Activity!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_responders_at_once_exactly_one_wins_and_the_other_is_told_who()
    {
        _bot.Connector.Members["29:sam"] = "Sam Tran";

        var replies = await Task.WhenAll(_bot.SendAsync(Press("acknowledge", 1)), _bot.SendAsync(Press("assign", 1, user: "29:sam")));

        Assert.Equal(2, (await CaseAsync()).Version);
        var told = replies.SelectMany(r => r).Where(a => a.Text is not null).ToList();
        Assert.Single(told);
        Assert.Contains("changed this case just before you", told[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_outside_the_department_is_told_why_and_nothing_changes()
    {
        var reply = Assert.Single(await _bot.SendAsync(Press("acknowledge", 1, user: "29:stranger")));

        Assert.Contains("Only IT security's responders", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, (await CaseAsync()).Version);
    }

    [Fact]
    public async Task Resolving_needs_a_summary_and_the_reporter_reads_it()
    {
        Assert.Contains("resolution summary", Assert.Single(await _bot.SendAsync(Press("resolve", 1))).Text, StringComparison.Ordinal);

        await _bot.SendAsync(Press("resolve", 1, extra: new() { ["summary"] = "Instagram restored the account; passwords rotated and MFA on." }));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(IncidentStatus.Resolved, (await CaseAsync()).Status);
        Assert.Contains(_bot.Connector.Calls, c => c.Activity?.Text?.Contains("passwords rotated and MFA on", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Rerouting_posts_the_case_in_the_new_owners_channel()
    {
        var before = PostsTo(ReportDriver.RiskCommitteeChannel); // the critical notice it already got

        await _bot.SendAsync(Press("reroute", 1, extra: new() { ["department"] = "risk-committee" }));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal("risk-committee", (await CaseAsync()).OwnerId);
        Assert.Equal(before + 1, PostsTo(ReportDriver.RiskCommitteeChannel));
    }

    [Fact]
    public async Task Acknowledging_twice_from_an_old_client_is_refused_with_the_reason()
    {
        await _bot.SendAsync(Press("acknowledge", 1));

        var reply = Assert.Single(await _bot.SendAsync(Press("acknowledge", 2)));

        Assert.Equal("This case is already acknowledged.", reply.Text);
        Assert.Equal(2, (await CaseAsync()).Version);
    }

    [Fact]
    public async Task A_long_case_shows_its_latest_history_and_how_much_is_not_shown()
    {
        for (var version = 1; version <= 10; version++)
        {
            await _bot.SendAsync(Press("note", version, extra: new() { ["note"] = $"Update {version}" }));
        }

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        var card = ReportDriver.Json(_bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put && c.Uri.AbsolutePath.EndsWith("/activities/case-card-msg", StringComparison.Ordinal)).Activity!);

        Assert.Equal(11, (await CaseAsync()).History.Count);
        Assert.Contains("3 earlier entries not shown", card, StringComparison.Ordinal);
        Assert.Contains("note: Update 10", card, StringComparison.Ordinal);
        Assert.DoesNotContain("note: Update 2\"", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SMR-2026-9999")]
    [InlineData("../../etc")]
    public async Task A_tampered_case_number_changes_nothing(string caseNumber)
    {
        var press = Press("acknowledge", 1);
        press.Value = JsonSerializer.SerializeToElement(new { command = "case.acknowledge", @case = caseNumber, version = 1 });

        Assert.Contains("doesn't point at a case", Assert.Single(await _bot.SendAsync(press)).Text, StringComparison.Ordinal);
    }

    /// <summary>New threads started in a channel (the create-conversation body carries the channel in its channelData).</summary>
    private int PostsTo(string channelId) => _bot.Connector.Calls.Count(c =>
        c.Method == HttpMethod.Post && c.Uri.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
        && c.Activity?.GetTeamsChannelData().Channel?.Id == channelId);

    private OutboxDispatcher Dispatcher => _bot.Services.GetRequiredService<OutboxDispatcher>();

    private async Task<Incident> CaseAsync() =>
        (await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(_caseNumber, CancellationToken.None)).Incident!;

    /// <summary>A responder pressing a button of the case card in the channel thread.</summary>
    private Activity Press(string action, int version, string user = Responder, Dictionary<string, object>? extra = null) =>
        ReportDriver.CaseCardPress(_bot, _caseNumber, action, version, user, extra);

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
