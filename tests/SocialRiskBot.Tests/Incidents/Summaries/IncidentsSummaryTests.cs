using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Exports;
using SocialRiskBot.Incidents.Summaries;
using SocialRiskBot.Incidents.Teams;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Incidents.Summaries;

/// <summary>
/// Three critical cases in October 2026 (acknowledge in 15 minutes, resolve in 4 hours): one on time, one late
/// on both, one never picked up. The risk committee's summary on 1 November shows the medians and the breaches.
/// </summary>
public sealed class IncidentsSummaryTests : IAsyncLifetime
{
    private const string Responder = "29:lee";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 10, 6, 9, 0, 0, TimeSpan.Zero));
    private ConversationHarness _bot = null!;

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(ReportDriver.Departments) { ["Admins:0"] = "aad-admin" };
        _bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), settings);
        _bot.Connector.Members[Responder] = "Lee Gu";
        var onTime = await ReportAsync();
        _time.Advance(TimeSpan.FromMinutes(10));
        await _bot.SendAsync(Press(onTime, "acknowledge", 1));
        _time.Advance(TimeSpan.FromMinutes(110));
        await _bot.SendAsync(Press(onTime, "resolve", 2, new() { ["summary"] = "Recovered." }));

        _time.Advance(TimeSpan.FromDays(1));
        var late = await ReportAsync();
        _time.Advance(TimeSpan.FromMinutes(30));
        await _bot.SendAsync(Press(late, "acknowledge", 1));
        _time.Advance(TimeSpan.FromMinutes(270));
        await _bot.SendAsync(Press(late, "resolve", 2, new() { ["summary"] = "Recovered, late." }));

        _time.Advance(TimeSpan.FromDays(1));
        await ReportAsync(); // never picked up
    }

    [Fact]
    public async Task On_the_first_of_the_month_the_risk_committee_gets_last_months_figures_once()
    {
        _time.Advance(new DateTimeOffset(2026, 11, 1, 0, 30, 0, TimeSpan.Zero) - _time.GetUtcNow());
        var post = _bot.Services.GetRequiredService<MonthlySummaryPost>();

        Assert.True(await post.RunAsync(CancellationToken.None));
        Assert.False(await post.RunAsync(CancellationToken.None));
        await _bot.DeliverAsync();

        var posted = _bot.Connector.Calls.Where(c => c.ThreadActivity is { } a && ReportDriver.Json(a).Contains("Incidents in October 2026", StringComparison.Ordinal)).ToList();
        var call = Assert.Single(posted);
        Assert.Equal(ReportDriver.RiskCommitteeChannel, call.Activity!.GetTeamsChannelData().Channel?.Id);
        var card = ReportDriver.Json(call.ThreadActivity!);
        Assert.Contains("3 cases · 2 acknowledged late · 2 resolved late", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Median time to acknowledge\",\"value\":\"20 minutes\"", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Median time to resolve\",\"value\":\"3 hours 30 minutes\"", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Critical\",\"value\":\"3\"", card, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"IT security\"", card, StringComparison.Ordinal); // training in the owning department
        Assert.DoesNotContain("\"title\":\"Marketing\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_month_ends_nothing_is_posted_for_it()
    {
        _time.Advance(TimeSpan.FromDays(3));

        await _bot.Services.GetRequiredService<MonthlySummaryPost>().RunAsync(CancellationToken.None); // September's at most
        await _bot.DeliverAsync();

        Assert.DoesNotContain(_bot.Connector.Calls, c => c.ThreadActivity is { } a && ReportDriver.Json(a).Contains("Incidents in October", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_types_report_incidents_with_a_month_and_gets_the_card()
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report incidents 2026-10", userId: "29:admin")));

        Assert.Contains("Incidents in October 2026", ReportDriver.Json(reply), StringComparison.Ordinal);
        Assert.Contains("3 cases", ReportDriver.Json(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_who_types_something_other_than_a_month_is_shown_how_to_write_one()
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report incidents October", userId: "29:admin")));

        Assert.Equal(IncidentsAdminConversation.BadMonth, reply.Text);
    }

    [Fact]
    public async Task An_activity_from_another_allowed_bot_naming_an_admin_is_not_an_admins()
    {
        var message = _bot.PersonalMessage("report incidents 2026-10", userId: "29:admin");
        message.CallerId = SocialRiskBot.BotFramework.Authentication.InboundTokenValidator.BotCallerIdPrefix + "0b7e3a52-5c1d-4f55-9a42-0d1f6f2b9c11";

        var reply = Assert.Single(await _bot.SendAsync(message));

        Assert.Equal(IncidentsAdminConversation.AdminsOnly, reply.Text);
    }

    [Fact]
    public async Task Anyone_else_is_told_the_summary_is_for_admins()
    {
        _time.Advance(TimeSpan.FromMinutes(1));

        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report incidents")));

        Assert.Equal(IncidentsAdminConversation.AdminsOnly, reply.Text);
    }

    [Fact]
    public async Task The_audit_csv_has_a_row_per_history_event_and_defuses_formulas()
    {
        var cases = _bot.Services.GetRequiredService<CaseArchive>().ReadAsync(null, CancellationToken.None);
        var evil = new[] { new Incident("SMR-2026-0099", 1, "other", Severity.Low, [], "hr", [], null!, "k", "=HYPERLINK(\"x\")", IncidentStatus.New, _time.GetUtcNow(), _time.GetUtcNow(), [new CaseEvent(_time.GetUtcNow(), "=HYPERLINK(\"x\")", "+1, then -1")])};

        var (csv, rows) = await AuditCsv.WriteAsync(cases, CancellationToken.None);
        var (hostile, _) = await AuditCsv.WriteAsync(evil.ToAsyncEnumerable(), CancellationToken.None);

        Assert.Equal(3 + 3 + 1, rows); // reported, acknowledged, resolved, twice; the third only reported
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("case,category,severity,status,owner_department,reported_at,event_at,who,what", lines[0]);
        Assert.Contains("SMR-2026-0002,account-compromise,Critical,Resolved,it-security,2026-10-07T11:00:00Z,2026-10-07T11:30:00Z,Lee Gu,acknowledged it", lines);
        Assert.EndsWith("\"'=HYPERLINK(\"\"x\"\")\",\"'+1, then -1\"", hostile.Trim(), StringComparison.Ordinal);
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();

    private async Task<string> ReportAsync()
    {
        var number = await new ReportDriver(_bot).ReportHackedAccountAsync();
        await _bot.DeliverAsync();
        return number;
    }

    private Activity Press(string caseNumber, string action, int version, Dictionary<string, object>? extra = null)
    {
        var values = new Dictionary<string, object> { ["command"] = "case." + action, ["case"] = caseNumber, ["version"] = version };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        var press = _bot.ChannelMessage(string.Empty, ReportDriver.ItSecurityChannel, Responder);
        press.From!.Name = null;
        press.Value = JsonSerializer.SerializeToElement(values);
        press.ReplyToId = "case-card-msg";
        return press;
    }
}
