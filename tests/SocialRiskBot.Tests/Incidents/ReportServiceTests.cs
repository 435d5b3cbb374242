using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>The report flow's state machine on real storage: forward one step at a time, stale cards change nothing, one case per report.</summary>
public sealed class ReportServiceTests : IAsyncLifetime
{
    private const string Reporter = "aad-alex";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero));
    private readonly TempStorage _storage = new();
    private ServiceProvider _services = null!;
    private int _notificationsBuilt;

    private ReportService Reports => _services.GetRequiredService<ReportService>();

    public Task InitializeAsync()
    {
        _services = _storage.StartInstance(time: _time);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_hacked_official_account_still_in_the_attackers_hands_becomes_a_critical_case_for_IT_security()
    {
        var draft = await ReadyToSubmitAsync("account-compromise", officialAccount: true, stillVisible: true);

        var outcome = await SubmitAsync(draft);

        Assert.Equal(ReportOutcomeKind.Submitted, outcome.Kind);
        var incident = outcome.Incident!;
        Assert.Equal("SMR-2026-0001", incident.CaseNumber);
        Assert.Equal(Severity.Critical, incident.Severity);
        Assert.Equal("it-security", incident.OwnerId);
        Assert.Contains("risk-committee", incident.NotifiedIds);
        Assert.Equal(_time.GetUtcNow().AddMinutes(15), incident.AcknowledgeBy);
        Assert.Equal(1, _notificationsBuilt);
        Assert.Equal(ReportStep.Submitted, (await Drafts.GetAsync(Reporter, CancellationToken.None)).Draft!.Step);
    }

    [Fact]
    public async Task A_double_tapped_submit_creates_one_case()
    {
        var draft = await ReadyToSubmitAsync("wrong-post");

        var outcomes = await Task.WhenAll(SubmitAsync(draft), SubmitAsync(draft));

        Assert.All(outcomes, o => Assert.Equal(ReportOutcomeKind.Submitted, o.Kind));
        Assert.Equal(outcomes[0].Incident!.CaseNumber, outcomes[1].Incident!.CaseNumber);
        Assert.Equal(1, _notificationsBuilt);
    }

    [Fact]
    public async Task If_storing_the_case_fails_the_next_tap_completes_the_same_case()
    {
        var draft = await ReadyToSubmitAsync("phishing-scam");
        var failing = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => SubmitAsync(draft, notifications: incident => failing ? throw new InvalidOperationException("storage went away") : Notifications(incident)));
        failing = false;
        var retried = await SubmitAsync(draft);

        Assert.Equal("SMR-2026-0001", retried.Incident!.CaseNumber);
        Assert.NotNull((await _services.GetRequiredService<IncidentStore>().GetAsync("SMR-2026-0001", CancellationToken.None)).Incident);
    }

    [Fact]
    public async Task A_card_from_an_earlier_step_is_stale_and_changes_nothing()
    {
        var started = await Reports.StartAsync(Reporter, CancellationToken.None);
        await Reports.ChooseCategoryAsync(Reporter, started.DraftId, started.Version, "harassment", CancellationToken.None);

        var again = await Reports.ChooseCategoryAsync(Reporter, started.DraftId, started.Version, "wrong-post", CancellationToken.None);

        Assert.Equal(ReportOutcomeKind.Stale, again.Kind);
        Assert.Equal("harassment", (await Drafts.GetAsync(Reporter, CancellationToken.None)).Draft!.CategoryId);
    }

    [Theory]
    [InlineData("not-a-category")]
    [InlineData(null)]
    public async Task A_tampered_category_is_refused_and_the_draft_stays_where_it_was(string? category)
    {
        var started = await Reports.StartAsync(Reporter, CancellationToken.None);

        var outcome = await Reports.ChooseCategoryAsync(Reporter, started.DraftId, started.Version, category, CancellationToken.None);

        Assert.Equal(ReportOutcomeKind.Problem, outcome.Kind);
        Assert.Equal(ReportStep.ChoosingCategory, (await Drafts.GetAsync(Reporter, CancellationToken.None)).Draft!.Step);
    }

    [Fact]
    public async Task A_report_left_for_a_day_expires_and_sends_nothing()
    {
        var draft = await ReadyToSubmitAsync("other");
        _time.Advance(TimeSpan.FromHours(24));

        Assert.Equal(ReportOutcomeKind.Expired, (await SubmitAsync(draft)).Kind);
        Assert.Equal(0, _notificationsBuilt);
    }

    [Fact]
    public async Task Starting_again_resumes_an_open_report_and_cancel_closes_it()
    {
        var started = await Reports.StartAsync(Reporter, CancellationToken.None);
        await Reports.ChooseCategoryAsync(Reporter, started.DraftId, started.Version, "harassment", CancellationToken.None);

        var resumed = await Reports.StartAsync(Reporter, CancellationToken.None);
        Assert.Equal((started.DraftId, ReportStep.EnteringDetails), (resumed.DraftId, resumed.Step));

        Assert.Equal(ReportOutcomeKind.Moved, (await Reports.CancelAsync(Reporter, null, null, CancellationToken.None)).Kind);
        Assert.NotEqual(started.DraftId, (await Reports.StartAsync(Reporter, CancellationToken.None)).DraftId);
    }

    private ReportDrafts Drafts => _services.GetRequiredService<ReportDrafts>();

    [Fact]
    public async Task A_double_tapped_anonymous_report_is_one_case_under_one_alias_and_the_sent_draft_keeps_nothing_of_it()
    {
        var draft = await ReadyToSubmitAsync("offensive-post");

        var outcomes = await Task.WhenAll(SubmitAsync(draft, anonymous: true), SubmitAsync(draft, anonymous: true));

        var incident = outcomes.Select(o => o.Incident).First(i => i is not null)!;
        Assert.All(outcomes.Where(o => o.Incident is not null), o => Assert.Equal(incident.ReporterKey, o.Incident!.ReporterKey));
        Assert.Equal(1, _notificationsBuilt);
        Assert.True(incident.IsAnonymous);
        Assert.True(AnonymousReporter.IsAlias(incident.ReporterKey));
        Assert.Equal("Anonymous reporter", incident.ReporterName);
        Assert.Equal("Anonymous reporter", incident.History[0].Who);
        Assert.Equal(Reporter, await _services.GetRequiredService<ReporterLinks>().FindUserAsync(incident.ReporterKey, CancellationToken.None));
        Assert.Equal([incident.CaseNumber], (await _services.GetRequiredService<ReporterCases>().LatestAsync(Reporter, 10, CancellationToken.None)).Select(i => i.CaseNumber));
        var sent = (await Drafts.GetAsync(Reporter, CancellationToken.None)).Draft!;
        Assert.Equal(ReportStep.Submitted, sent.Step);
        Assert.Null(sent.CaseNumber);
        Assert.Null(sent.Details);
        Assert.Null(sent.Anonymous);
    }

    [Fact]
    public async Task Send_tapped_again_after_an_anonymous_report_went_creates_nothing()
    {
        var draft = await ReadyToSubmitAsync("offensive-post");
        await SubmitAsync(draft, anonymous: true);

        var again = await SubmitAsync(draft, anonymous: true);

        Assert.Equal(ReportOutcomeKind.Stale, again.Kind);
        Assert.Equal(1, _notificationsBuilt);
    }

    private async Task<ReportDraft> ReadyToSubmitAsync(string category, bool officialAccount = false, bool stillVisible = false)
    {
        var draft = await Reports.StartAsync(Reporter, CancellationToken.None);
        draft = (await Reports.ChooseCategoryAsync(Reporter, draft.DraftId, draft.Version, category, CancellationToken.None)).Draft!;
        var input = new ReportDetailsInput("instagram", null, null, null, "Something went wrong on our account.", stillVisible, false, officialAccount, false, null);
        var outcome = await Reports.EnterDetailsAsync(Reporter, draft.DraftId, draft.Version, input, "Europe/London", CancellationToken.None);
        Assert.Equal(ReportOutcomeKind.Moved, outcome.Kind);
        return outcome.Draft!;
    }

    /// <summary>Submit as the report card does: a case ready to be filed is filed with the messages that announce it.</summary>
    private async Task<ReportOutcome> SubmitAsync(ReportDraft draft, bool anonymous = false, Func<Incident, IReadOnlyList<OutboxMessage>>? notifications = null)
    {
        var outcome = await Reports.SubmitAsync(Reporter, draft.DraftId, draft.Version, "Alex Wilber", anonymous, CancellationToken.None);
        return outcome.Kind == ReportOutcomeKind.Filing
            ? await Reports.FileAsync(outcome, (notifications ?? Notifications)(outcome.Incident!), CancellationToken.None)
            : outcome;
    }

    private IReadOnlyList<OutboxMessage> Notifications(Incident incident)
    {
        Interlocked.Increment(ref _notificationsBuilt);
        var notice = new Activity { Type = ActivityTypes.Message, Text = "A new case." };
        return [_services.GetRequiredService<OutboxWriter>().Message(OutboxKind.Send, "https://smba.example/", "a:test", null, null, notice, "test", incident.CaseNumber)];
    }

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();
}
