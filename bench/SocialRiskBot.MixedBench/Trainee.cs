namespace SocialRiskBot.MixedBench;

/// <summary>
/// Takes quizzes: <c>train</c>, Skip the one-time department question, Start a module from the list, then
/// Submit an answer and press Next for each question until the score; then <c>train</c> again for the next module.
/// </summary>
public sealed class Trainee(int id) : SimulatedUser(id)
{
    private Delivered? _card;
    private int _modules;

    public override string Scenario => Scenarios.Train;

    public override async Task<Turn?> StepAsync(TurnClient client, Inbound inbound, CancellationToken cancellationToken)
    {
        var card = _card;
        var reader = card is null ? null : new CardReader(card);
        var turn = reader switch
        {
            null => await ListAsync(client, inbound, cancellationToken),
            _ when reader.Submit("train.department", "Skip") is { } skip => Expect(await Press(client, inbound, skip, card!, cancellationToken), "train.start", "the module list after Skip"),
            _ when reader.Data("train.start").ToList() is { Count: > 0 } modules =>
                Expect(await Press(client, inbound, modules[(Id + _modules++) % modules.Count], card!, cancellationToken), "train.answer", "the first question card"),
            _ when reader.Choices("choice") is { Count: > 0 } choices =>
                Expect(await Press(client, inbound, reader.Submit("train.answer", "Submit", ("choice", choices[(Id + _modules) % choices.Count]))!, card!, cancellationToken), "train.next", "the feedback card", update: true),
            _ when reader.Data("train.next").FirstOrDefault() is { } next => await NextAsync(client, inbound, next, card!, cancellationToken),
            _ => null,
        };
        return turn ?? Turn.Failed(Scenario, $"nothing to press on {card!.Json[..Math.Min(300, card.Json.Length)]}");
    }

    private async Task<Turn> ListAsync(TurnClient client, Inbound inbound, CancellationToken cancellationToken)
    {
        var turn = await client.SendAsync(Scenario, Conversation, inbound.Message(Id, "train"), cancellationToken);
        _card = turn.With("train.department") ?? turn.With("train.start");
        return turn.Expect(_card is not null, "the department question or the module list");
    }

    /// <summary>After Next: the following question, or the score card, which ends this module.</summary>
    private async Task<Turn> NextAsync(TurnClient client, Inbound inbound, System.Text.Json.Nodes.JsonObject next, Delivered card, CancellationToken cancellationToken)
    {
        var turn = await Press(client, inbound, next, card, cancellationToken);
        var question = turn.Replies.FirstOrDefault(r => !r.IsUpdate && r.Has("train.answer"));
        var closing = turn.Replies.FirstOrDefault(r => !r.IsUpdate && r.Has("\"type\":\"AdaptiveCard\"") && !r.Has("train.answer"));
        _card = question;
        return turn.Expect(question is not null || closing is not null, "the next question or the score card");
    }

    private Task<Turn> Press(TurnClient client, Inbound inbound, System.Text.Json.Nodes.JsonObject data, Delivered card, CancellationToken cancellationToken) =>
        client.SendAsync(Scenario, Conversation, inbound.Submit(Id, data, card.MessageId), cancellationToken);

    /// <summary>Keeps the reply carrying <paramref name="fragment"/> as the card to answer next.</summary>
    private Turn Expect(Turn turn, string fragment, string what, bool update = false)
    {
        var reply = turn.Replies.FirstOrDefault(r => r.Has(fragment) && r.IsUpdate == update);
        _card = reply;
        return turn.Expect(reply is not null, what);
    }
}
