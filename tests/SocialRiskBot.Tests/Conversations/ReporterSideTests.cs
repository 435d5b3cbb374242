using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>
/// Alex's side of a case after sending it: <c>my reports</c> shows how it was resolved, takes more details while it
/// is open, and "This is not fixed" reopens it within 14 days of its resolution; IT security hears of both in the thread.
/// </summary>
public sealed class ReporterSideTests : IAsyncLifetime
{
    private const string Responder = "29:lee";
    private const string Resolution = "Account recovered; the crypto posts are deleted & 2FA is on.";

    /// <summary>Everything that says who Alex is: name, Teams and Entra ids, personal chat.</summary>
    private static readonly string[] AlexIdentity = ["Alex", "Wilber", "29:alex", "aad-alex", "personal-alex"];

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationHarness _bot;
    private string _caseNumber = null!;

    public ReporterSideTests() =>
        _bot = new(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?>(ReportDriver.Departments) { ["Bot:Connector:PaceSends"] = "false" });

    public Task InitializeAsync()
    {
        _bot.Connector.Members[Responder] = "Lee Gu";
        return Task.CompletedTask;
    }

    [Fact]
    public async Task My_reports_shows_the_resolution_once_the_case_is_resolved()
    {
        await ReportAsync();
        Assert.DoesNotContain("How it was resolved", await MyReportsAsync(), StringComparison.Ordinal);

        await ResolveAsync();
        var list = await MyReportsAsync();

        Assert.Contains("How it was resolved", list, StringComparison.Ordinal);
        Assert.Contains(Resolution, list, StringComparison.Ordinal);
        Assert.Contains("report.notfixed", list, StringComparison.Ordinal);
        Assert.DoesNotContain("report.adddetails", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_added_to_an_open_case_are_stored_with_it_and_posted_in_the_case_thread()
    {
        await ReportAsync();
        var list = await MyReportsAsync();
        Assert.Contains($"details-{_caseNumber}", list, StringComparison.Ordinal);

        var replaced = Assert.Single(await _bot.SendAsync(Press("adddetails", new() { [$"details-{_caseNumber}"] = "  The fake posts now link to bit.ly/free-btc!  " })));
        await DeliverAsync();

        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.First(c => ReferenceEquals(c.Activity, replaced)).Method); // the list pressed, updated in place
        Assert.Contains($"Your details were added to {_caseNumber}, and IT security have been told.", ReportDriver.Json(replaced), StringComparison.Ordinal);
        Assert.Contains("1 sent", ReportDriver.Json(replaced), StringComparison.Ordinal);
        var incident = await CaseAsync();
        Assert.Equal("The fake posts now link to bit.ly/free-btc!", Assert.Single(incident.ReporterAdditions).Text);
        Assert.Equal(("Alex Wilber", "added details: The fake posts now link to bit.ly/free-btc!"), (incident.History[^1].Who, incident.History[^1].What));
        var inThread = ThreadPosts(incident);
        Assert.Contains(inThread, p => p.Contains("The reporter added details", StringComparison.Ordinal) && p.Contains("The fake posts now link to bit.ly/free-btc!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Empty_details_strangers_and_resolved_cases_change_nothing()
    {
        await ReportAsync();

        var empty = Assert.Single(await _bot.SendAsync(Press("adddetails", new() { [$"details-{_caseNumber}"] = "   " })));
        var stranger = Assert.Single(await _bot.SendAsync(Press("adddetails", new() { [$"details-{_caseNumber}"] = "Not mine" }, user: "29:sam")));
        await ResolveAsync();
        var late = Assert.Single(await _bot.SendAsync(Press("adddetails", new() { [$"details-{_caseNumber}"] = "One more thing" })));
        var openAlready = await CaseAsync();

        Assert.Contains("Your details are empty", empty.Text, StringComparison.Ordinal);
        Assert.Contains("Only the person who reported this case", stranger.Text, StringComparison.Ordinal);
        Assert.Contains("This case is resolved", late.Text, StringComparison.Ordinal);
        Assert.Empty(openAlready.ReporterAdditions);
    }

    [Fact]
    public async Task Not_fixed_within_14_days_reopens_the_case_tells_its_responders_and_updates_the_case_card()
    {
        await ReportAsync();
        await ResolveAsync();
        _time.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.Contains("report.notfixed", await MyReportsAsync(), StringComparison.Ordinal);

        var replaced = Assert.Single(await _bot.SendAsync(Press("notfixed")));
        await DeliverAsync();

        var incident = await CaseAsync();
        Assert.Equal(IncidentStatus.Acknowledged, incident.Status);
        Assert.Null(incident.ResolvedAt);
        Assert.Equal(("Alex Wilber", "said it is not fixed and reopened it"), (incident.History[^1].Who, incident.History[^1].What));
        Assert.Contains($"{_caseNumber} is open again", ReportDriver.Json(replaced), StringComparison.Ordinal);
        Assert.Contains("report.adddetails", ReportDriver.Json(replaced), StringComparison.Ordinal);
        Assert.Contains(ThreadPosts(incident), p => p.Contains("The reporter says this is not fixed", StringComparison.Ordinal));
        var cardUpdate = _bot.Connector.Calls.Last(c => c.Method == HttpMethod.Put && c.Uri.AbsolutePath.EndsWith("/activities/" + incident.CardActivityId, StringComparison.Ordinal));
        Assert.Contains("said it is not fixed and reopened it", ReportDriver.Json(cardUpdate.Activity!), StringComparison.Ordinal);

        // Pressed again: the case is open already.
        Assert.Contains("open already", Assert.Single(await _bot.SendAsync(Press("notfixed"))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_14_days_the_option_is_gone_and_the_case_stays_resolved()
    {
        await ReportAsync();
        await ResolveAsync();
        _time.Advance(TimeSpan.FromDays(14));

        Assert.DoesNotContain("report.notfixed", await MyReportsAsync(), StringComparison.Ordinal);
        var late = Assert.Single(await _bot.SendAsync(Press("notfixed")));

        Assert.Contains("more than 14 days ago", late.Text, StringComparison.Ordinal);
        Assert.Equal(IncidentStatus.Resolved, (await CaseAsync()).Status);
    }

    [Fact]
    public async Task An_anonymous_reporter_adds_details_and_reopens_without_being_named()
    {
        await ReportAsync(anonymous: true);
        await _bot.SendAsync(Press("adddetails", new() { [$"details-{_caseNumber}"] = "It is on their stories too." }));
        await ResolveAsync();
        await _bot.SendAsync(Press("notfixed"));
        await DeliverAsync();

        var incident = await CaseAsync();
        Assert.Equal(IncidentStatus.Acknowledged, incident.Status);
        Assert.All(incident.History.TakeLast(3).Where(e => e.What.StartsWith("added", StringComparison.Ordinal) || e.What.StartsWith("said", StringComparison.Ordinal)),
            e => Assert.Equal("Anonymous reporter", e.Who));
        var posts = ThreadPosts(incident);
        Assert.Equal(2, posts.Count(p => p.Contains("The reporter", StringComparison.Ordinal)));
        var departmentFacing = _bot.Connector.Calls.Where(c => !c.Uri.AbsolutePath.Contains("personal-alex", StringComparison.Ordinal))
            .Select(c => ReportDriver.Json(c.ThreadActivity ?? c.Activity ?? new Activity()));
        foreach (var text in departmentFacing.Concat(incident.History.Select(e => e.Who + " " + e.What)))
        {
            Assert.DoesNotContain(AlexIdentity, identity => text.Contains(identity, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task ReportAsync(bool anonymous = false)
    {
        _caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync(anonymous);
        await DeliverAsync(); // the case card lands in IT security's channel

        // Teams answers a new thread with the id of its first message, the case card; the recording connector does not.
        var store = _bot.Services.GetRequiredService<IncidentStore>();
        var (incident, etag) = await store.GetAsync(_caseNumber, CancellationToken.None);
        Assert.True(await store.TryUpdateAsync(incident! with { CardActivityId = incident.CardActivityId ?? "case-card-msg" }, etag!, [], CancellationToken.None));
    }

    private async Task ResolveAsync()
    {
        var version = (await CaseAsync()).Version;
        await _bot.SendAsync(ReportDriver.CaseCardPress(_bot, _caseNumber, "resolve", version, Responder, new Dictionary<string, object> { ["summary"] = Resolution }));
        Assert.Equal(IncidentStatus.Resolved, (await CaseAsync()).Status);
        await DeliverAsync();
    }

    private async Task<string> MyReportsAsync() => ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("my reports"))));

    private Activity Press(string action, Dictionary<string, object>? inputs = null, string user = "29:alex")
    {
        var values = new Dictionary<string, object> { ["command"] = "report." + action, ["case"] = _caseNumber };
        foreach (var (key, value) in inputs ?? [])
        {
            values[key] = value;
        }

        return _bot.PersonalSubmit(values, "my-reports-card", user);
    }

    /// <summary>What the bot posted in the case's thread (new messages, not card updates).</summary>
    private List<string> ThreadPosts(Incident incident) =>
        [.. _bot.Connector.Calls.Where(c => c.Method == HttpMethod.Post && c.Uri.AbsolutePath.Contains($"/v3/conversations/{Uri.EscapeDataString(incident.ThreadConversationId!)}/activities", StringComparison.Ordinal))
            .Select(c => ReportDriver.Json(c.Activity!))];

    /// <summary>Sends everything due, a conversation's messages in order (one pass may leave the next of a conversation for the following pass).</summary>
    private async Task DeliverAsync()
    {
        while (await _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None) > 0)
        {
        }
    }

    private async Task<Incident> CaseAsync() =>
        (await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(_caseNumber, CancellationToken.None)).Incident!;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
