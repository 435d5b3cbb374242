using System.Text.Json.Nodes;

namespace SocialRiskBot.MixedBench;

/// <summary>
/// Reports a hacked company account from the phone: <c>report</c>, pick the category, fill in the details, send.
/// Each submit carries the draft id and version of the card the connector last received; each answer replaces that card.
/// </summary>
public sealed class Reporter(int id) : SimulatedUser(id)
{
    private Delivered? _card;
    private int _reports;

    public override string Scenario => Scenarios.Report;

    public override async Task<Turn?> StepAsync(TurnClient client, Inbound inbound, CancellationToken cancellationToken)
    {
        client.Read(Conversation); // the case's news from the outbox ("Good news: … picked up your report"), not part of a turn
        if (_card is null)
        {
            var started = await client.SendAsync(Scenario, Conversation, inbound.Message(Id, "report"), cancellationToken);
            // A draft left open (by an earlier run on the same storage) is resumed where it stood: carry on from there.
            _card = started.With("report.category") ?? started.With("report.details") ?? started.With("report.submit");
            return started.Expect(_card is not null, "the category card, or the open draft's card");
        }

        var reader = new CardReader(_card);
        var (data, next, what) = reader switch
        {
            _ when reader.Data("report.category").ToList() is { Count: > 0 } categories =>
                (categories[(Id + _reports) % categories.Count], "report.details", "the details card"),
            _ when reader.Submit("report.details", "Next") is { } details => (Details(details, reader), "report.submit", "the review card"),
            _ when reader.Submit("report.submit", "Send report", ("anonymous", _reports++ % 4 == 0 ? "true" : "false")) is { } send => (send, "SMR-", "the submitted card with its case number"),
            _ => (null, string.Empty, string.Empty),
        };
        if (data is null)
        {
            _card = null;
            return Turn.Failed(Scenario, "nothing to press");
        }

        var turn = await client.SendAsync(Scenario, Conversation, inbound.Submit(Id, data, _card.MessageId), cancellationToken);
        var reply = turn.Replies.FirstOrDefault(r => r.IsUpdate && r.Has(next));
        _card = next == "SMR-" ? null : reply;
        return turn.Expect(reply is not null, what + " in place of the last one");
    }

    private JsonObject Details(JsonObject data, CardReader reader)
    {
        data["platform"] = reader.Choices("platform").FirstOrDefault() ?? "instagram";
        data["link"] = "https://www.instagram.com/bench-example";
        data["whatHappened"] = $"Our company account posts crypto ads and nobody can log in (bench report {Id}-{_reports}).";
        data["officialAccount"] = "true";
        data["stillVisible"] = "true";
        data["urgency"] = reader.Choices("urgency").LastOrDefault() ?? "high";
        return data;
    }
}
