using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>
/// Alex reports anonymously; IT security works the case, asks Alex a question through the bot and reads the
/// answer in the case thread, without anything department-facing or stored with the case naming Alex.
/// </summary>
public sealed class AnonymousRelayTests : IAsyncLifetime
{
    private const string Responder = "29:lee";
    private const string ReporterChat = "a%3Apersonal-alex";

    /// <summary>Everything that says who Alex is: name, Teams and Entra ids, personal chat.</summary>
    private static readonly string[] AlexIdentity = ["Alex", "Wilber", "29:alex", "aad-alex", "personal-alex"];

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationHarness _bot;
    private string _caseNumber = null!;

    public AnonymousRelayTests() =>
        _bot = new(s => s.AddSingleton<TimeProvider>(_time), new Dictionary<string, string?>(ReportDriver.Departments) { ["Bot:Connector:PaceSends"] = "false" });
    public async Task InitializeAsync()
    {
        _caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync(anonymous: true);
        _bot.Connector.Members[Responder] = "Lee Gu";
    }

    [Fact]
    public async Task The_case_card_says_anonymous_reporter_and_the_reporter_still_hears_about_progress()
    {
        await DeliverAsync();
        var card = ReportDriver.Json(_bot.Connector.Calls.Single(c => c.ThreadActivity is not null && ReportDriver.Json(c.ThreadActivity).Contains("case.acknowledge", StringComparison.Ordinal)).ThreadActivity!);
        Assert.Contains("Anonymous reporter", card, StringComparison.Ordinal);

        await _bot.SendAsync(Press("acknowledge", 1));
        await DeliverAsync();

        var told = _bot.Connector.Calls.Last(c => c.Uri.AbsolutePath.Contains(ReporterChat, StringComparison.Ordinal));
        Assert.Contains($"picked up your report {_caseNumber}", told.Activity!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_reporter_relays_the_question_and_the_answer_lands_in_the_case_thread_once()
    {
        await DeliverAsync();
        await _bot.SendAsync(Press("ask", 1, new() { ["question"] = "Did the story name a wallet or an account to message?" }));
        await DeliverAsync();

        var question = _bot.Connector.Calls.Last(c => c.Uri.AbsolutePath.Contains(ReporterChat, StringComparison.Ordinal)).Activity!;
        var questionCard = ReportDriver.Json(question);
        Assert.Contains("Did the story name a wallet or an account to message?", questionCard, StringComparison.Ordinal);
        Assert.Contains("Lee Gu", questionCard, StringComparison.Ordinal);
        Assert.Contains("you stay anonymous", questionCard, StringComparison.Ordinal);
        Assert.Equal("asked the reporter: Did the story name a wallet or an account to message?", (await CaseAsync()).History[^1].What);

        var replaced = Assert.Single(await _bot.SendAsync(Answer("1", "Yes, @northwind_giveaway and a wallet starting bc1q9x.")));
        await DeliverAsync();

        Assert.Contains("Your answer, sent to IT security", ReportDriver.Json(replaced), StringComparison.Ordinal);
        var incident = await CaseAsync();
        Assert.Equal(("Anonymous reporter", "answered Lee Gu's question: Yes, @northwind_giveaway and a wallet starting bc1q9x."), (incident.History[^1].Who, incident.History[^1].What));
        var inThread = _bot.Connector.Calls.Single(c => c.Method == HttpMethod.Post && c.Uri.AbsolutePath.Contains($"/v3/conversations/{Uri.EscapeDataString(incident.ThreadConversationId!)}/activities", StringComparison.Ordinal));
        var answerCard = ReportDriver.Json(inThread.Activity!);
        Assert.Contains("Yes, @northwind_giveaway and a wallet starting bc1q9x.", answerCard, StringComparison.Ordinal);
        Assert.Contains("Anonymous reporter", answerCard, StringComparison.Ordinal);

        var again = await _bot.SendAsync(Answer("1", "Sending it twice"));
        await DeliverAsync();
        Assert.Contains(again, a => a.Text?.Contains("answered this question already", StringComparison.Ordinal) == true);
        Assert.Equal(incident.Version, (await CaseAsync()).Version);
        Assert.Single(_bot.Connector.Calls, c => c.Uri.AbsolutePath.Contains($"/v3/conversations/{Uri.EscapeDataString(incident.ThreadConversationId!)}/activities", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_the_reporter_can_answer_and_an_empty_answer_is_refused()
    {
        await DeliverAsync();
        await _bot.SendAsync(Press("ask", 1, new() { ["question"] = "When did you first see it?" }));

        var stranger = Assert.Single(await _bot.SendAsync(Answer("1", "I am not the reporter", user: "29:sam")));
        var empty = Assert.Single(await _bot.SendAsync(Answer("1", "   ")));
        var unknown = Assert.Single(await _bot.SendAsync(Answer("7", "No such question")));

        Assert.Equal("This question is for the person who reported the case, so I didn't send anything.", stranger.Text);
        Assert.Contains("Your answer is empty", empty.Text, StringComparison.Ordinal);
        Assert.Contains("can't find that case or question", unknown.Text, StringComparison.Ordinal);
        Assert.Null((await CaseAsync()).Questions[0].AnsweredAt);
    }

    [Fact]
    public async Task A_question_needs_words_and_a_resolved_case_takes_none()
    {
        Assert.Contains("The question is empty", Assert.Single(await _bot.SendAsync(Press("ask", 1))).Text, StringComparison.Ordinal);
        await _bot.SendAsync(Press("resolve", 1, new() { ["summary"] = "Account recovered." }));

        var late = Assert.Single(await _bot.SendAsync(Press("ask", 2, new() { ["question"] = "Anything else?" })));

        Assert.Contains("reopen it first", late.Text, StringComparison.Ordinal);
        Assert.Empty((await CaseAsync()).Questions);
    }

    [Fact]
    public async Task Nothing_department_facing_and_no_stored_case_row_names_the_reporter()
    {
        await _bot.SendAsync(Press("ask", 1, new() { ["question"] = "Can you send a screenshot?" }));
        _time.Advance(TimeSpan.FromMinutes(16)); // a critical case not acknowledged in 15 minutes: escalated
        Assert.True(await _bot.SlaPassAsync() > 0);
        var pending = StoredRows("incidents"); // the outbox rows too, before they are sent and deleted
        await DeliverAsync();
        await _bot.SendAsync(Press("acknowledge", await VersionAsync()));
        await _bot.SendAsync(Answer("1", "I'll send it in a minute."));
        await _bot.SendAsync(Press("note", await VersionAsync(), new() { ["note"] = "Screenshot promised." }));
        await _bot.SendAsync(Press("resolve", await VersionAsync(), new() { ["summary"] = "Account recovered; story removed." }));
        var stored = pending.Concat(StoredRows("incidents")).ToList();
        await DeliverAsync();
        Assert.Equal(IncidentStatus.Resolved, (await CaseAsync()).Status);
        Assert.Contains(_bot.Connector.Calls, c => c.Activity?.GetTeamsChannelData().Channel?.Id == ReportDriver.RiskCommitteeChannel && c.ThreadActivity is not null
            && ReportDriver.Json(c.ThreadActivity).Contains($"SLA missed: case {_caseNumber}", StringComparison.Ordinal));

        var departmentFacing = _bot.Connector.Calls
            .Where(c => !c.Uri.AbsolutePath.Contains(ReporterChat, StringComparison.Ordinal))
            .Select(c => (c.Uri.ToString(), ReportDriver.Json(c.ThreadActivity ?? c.Activity ?? new Activity())))
            .ToList();
        Assert.True(departmentFacing.Count >= 6, $"Expected the case card, the notice, updates and the answer in the channel; got {departmentFacing.Count} calls.");
        Assert.True(stored.Count >= 2);
        foreach (var (where, text) in departmentFacing.Concat(stored))
        {
            foreach (var identity in AlexIdentity)
            {
                Assert.False(text.Contains(identity, StringComparison.OrdinalIgnoreCase) || where.Contains(identity, StringComparison.OrdinalIgnoreCase), $"{where} names the reporter ({identity}): {text}");
            }
        }

        Assert.Contains(departmentFacing, d => d.Item2.Contains("I'll send it in a minute.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_sealing_key_no_stored_row_anywhere_puts_the_reporter_and_their_case_side_by_side()
    {
        await using var bot = new ConversationHarness(settings: new Dictionary<string, string?>(ReportDriver.Departments)
        {
            ["Incidents:Anonymity:Key"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 7 + 3)).ToArray()),
        });
        var caseNumber = await new ReportDriver(bot).ReportHackedAccountAsync(anonymous: true);
        var alias = (await bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None)).Incident!.ReporterKey;
        await bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var myReports = ReportDriver.Json(Assert.Single(await bot.SendAsync(bot.PersonalMessage("my reports"))));

        Assert.Contains(caseNumber, myReports, StringComparison.Ordinal); // Alex still finds the report
        foreach (var (where, text) in StoredRows(bot, table: null))
        {
            var namesAlex = AlexIdentity.Any(i => text.Contains(i, StringComparison.OrdinalIgnoreCase));
            var namesCase = text.Contains(caseNumber, StringComparison.Ordinal) || text.Contains(alias, StringComparison.Ordinal);
            Assert.False(namesAlex && namesCase, $"{where} links the reporter to the case in plain text: {text}");
        }
    }

    private IEnumerable<(string Where, string Text)> StoredRows(string table) => StoredRows(_bot, table);

    /// <summary>Every row of one table (or of all tables), read straight from the SQLite file as a storage administrator would.</summary>
    private static List<(string Where, string Text)> StoredRows(ConversationHarness bot, string? table) =>
        [.. SocialRiskBot.IntegrationTests.Infrastructure.StorageSnapshot.Take(Path.Combine(bot.Folder, "bot.db")).Rows
            .Where(r => table is null || r.Row.StartsWith($"rows_{table} ", StringComparison.Ordinal))
            .Select(r => (r.Row, $"{r.Row} {r.Stored}"))];

    private Task<int> DeliverAsync() => _bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

    private async Task<int> VersionAsync() => (await CaseAsync()).Version;

    private async Task<Incident> CaseAsync() =>
        (await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(_caseNumber, CancellationToken.None)).Incident!;

    private Activity Answer(string questionId, string text, string user = "29:alex") =>
        _bot.PersonalSubmit(new { command = "relay.answer", @case = _caseNumber, question = questionId, answer = text }, "question-card", user);

    /// <summary>A responder pressing a button of the case card in the channel thread.</summary>
    private Activity Press(string action, int version, Dictionary<string, object>? extra = null) =>
        ReportDriver.CaseCardPress(_bot, _caseNumber, action, version, Responder, extra);

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
