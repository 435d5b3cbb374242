using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Incidents;
using SocialRiskBot.Tests.Harness;
using SocialRiskBot.Training;

namespace SocialRiskBot.Tests.Concurrency;

/// <summary>
/// Many people at once on the same storage: responders on one case, learners in quizzes, a reporter hammering
/// Send. Nothing anyone was told happened may be lost, and nothing may happen twice.
/// </summary>
public sealed class ParallelUseTests : IAsyncDisposable
{
    private readonly ConversationHarness _bot = new(settings: TrainingDriver.Settings());

    [Fact]
    public async Task A_hundred_responders_pressing_one_case_card_at_once_change_it_once_and_everyone_else_is_told()
    {
        var caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync();
        var responders = Enumerable.Range(0, 100).Select(i => $"29:responder-{i}").ToList();
        responders.ForEach(r => _bot.Connector.Members[r] = r[3..]);

        var replies = await Task.WhenAll(responders.Select(r =>
            _bot.SendAsync(ReportDriver.CaseCardPress(_bot, caseNumber, "note", 1, r, new Dictionary<string, object> { ["note"] = $"from {r}" }))));

        var incident = await CaseAsync(caseNumber);
        Assert.Equal(2, incident.Version);
        Assert.Single(incident.History, e => e.What.StartsWith("note: from ", StringComparison.Ordinal));
        Assert.Equal(99, replies.Count(r => r.Any(a => a.Text?.Contains("changed this case just before you", StringComparison.Ordinal) == true)));
    }

    [Fact]
    public async Task A_hundred_notes_retried_until_each_lands_are_all_kept_exactly_once()
    {
        var caseNumber = await new ReportDriver(_bot).ReportHackedAccountAsync();
        var responders = Enumerable.Range(0, 100).Select(i => $"29:responder-{i}").ToList();
        responders.ForEach(r => _bot.Connector.Members[r] = r[3..]);

        await Task.WhenAll(responders.Select(async r =>
        {
            // What a responder does with a stale card: presses again on the refreshed one, until it lands.
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var version = (await CaseAsync(caseNumber)).Version;
                var replies = await _bot.SendAsync(ReportDriver.CaseCardPress(_bot, caseNumber, "note", version, r, new Dictionary<string, object> { ["note"] = $"from {r}" }));
                if (!replies.Any(a => a.Text?.Contains("changed this case just before you", StringComparison.Ordinal) == true))
                {
                    return;
                }
            }

            Assert.Fail($"{r}'s note never landed");
        }));

        var incident = await CaseAsync(caseNumber);
        var notes = incident.History.Where(e => e.What.StartsWith("note: from ", StringComparison.Ordinal)).Select(e => e.What).ToList();
        Assert.Equal(100, notes.Count);
        Assert.Equal(100, notes.Distinct().Count());
        Assert.Equal(101, incident.Version);
    }

    [Fact]
    public async Task Fifty_people_taking_the_same_quiz_at_once_each_get_their_own_complete_record()
    {
        var learners = Enumerable.Range(0, 50).Select(i => new TrainingDriver(_bot, $"29:learner-{i}")).ToList();
        var module = learners[0].Catalog.Modules[0];

        var scores = await Task.WhenAll(learners.Select((l, i) => l.TakeAsync(module.Id, wrong: i % 3)));

        Assert.All(scores, score => Assert.Contains(" of ", score, StringComparison.Ordinal));
        var store = _bot.Services.GetRequiredService<TrainingStore>();
        for (var i = 0; i < learners.Count; i++)
        {
            var attempts = await store.AttemptsAsync($"aad-learner-{i}", CancellationToken.None).ToListAsync();
            var attempt = Assert.Single(attempts);
            Assert.Equal(module.Questions.Count, attempt.Answers.Count);
            Assert.Equal(module.Questions.Count - (i % 3), attempt.Right);
        }
    }

    [Fact]
    public async Task Twenty_parallel_taps_on_Send_make_one_case()
    {
        var driver = new ReportDriver(_bot);
        var (cardId, form) = await driver.StartAsync();
        var details = await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "wrong-post" });
        var review = await driver.SubmitAsync(cardId, details, new { command = "report.details", whatHappened = "We posted the wrong price list." });

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _bot.SendAsync(driver.Submit(cardId, review, new { command = "report.submit" }))));

        var numbers = replies.SelectMany(r => r).Select(a => ReportDriver.CaseNumberPattern().Match(ReportDriver.Json(a)).Value).Where(n => n.Length > 0).Distinct().ToList();
        var caseNumber = Assert.Single(numbers);
        Assert.NotNull(await CaseAsync(caseNumber));
        Assert.Null((await _bot.Services.GetRequiredService<IncidentStore>().GetAsync("SMR-" + caseNumber[4..8] + "-0002", CancellationToken.None)).Incident);
    }

    private async Task<Incident> CaseAsync(string caseNumber) =>
        (await _bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None)).Incident!;

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
