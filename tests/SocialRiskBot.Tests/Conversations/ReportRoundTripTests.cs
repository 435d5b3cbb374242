using SocialRiskBot.Tests.Harness;
using Xunit.Abstractions;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>How many times one <c>report.submit</c> goes to storage, on the real pipeline and the real SQLite store.</summary>
public sealed class ReportRoundTripTests(ITestOutputHelper output)
{
    /// <summary>
    /// Reads and writes of one submit: the turn's dedupe and reference, the draft read to check the card pressed is
    /// the live one, the draft read and marked submitting, the case number, the open-case index, the channels, the outbox partition, the case with its outbox rows in one
    /// batch, the reporter's index and the draft marked sent. Nothing written is read back.
    /// </summary>
    private const int MostRoundTrips = 14;

    [Fact]
    public async Task A_report_submit_stays_within_its_storage_round_trips()
    {
        Func<CountingTableStore> counter = null!;
        await using var bot = new ConversationHarness(s => counter = CountingTableStore.Install(s), new Dictionary<string, string?>(ReportDriver.Departments)
        {
            ["Bot:Connector:PaceSends"] = "false",
        });
        var driver = new ReportDriver(bot);
        var (cardId, form) = await driver.StartAsync();
        var details = await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "account-compromise" });
        var review = await driver.SubmitAsync(cardId, details, new
        {
            command = "report.details", platform = "instagram", whatHappened = "Our Instagram posts crypto ads and nobody can log in.",
            officialAccount = "true", stillVisible = "true", urgency = "high",
        });
        var before = counter().Calls;

        var submitted = await driver.SubmitAsync(cardId, review, new { command = "report.submit", anonymous = "false" });

        var roundTrips = counter().Calls - before;
        output.WriteLine($"report.submit: {roundTrips} storage round trips");
        Assert.Matches(ReportDriver.CaseNumberPattern(), ReportDriver.Json(submitted));
        Assert.InRange(roundTrips, 1, MostRoundTrips);
    }
}
