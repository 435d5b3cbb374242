using System.Diagnostics;

namespace SocialRiskBot.MixedBench;

/// <summary>
/// A responder in the department channel: takes the next new case card, presses Acknowledge with the card's
/// version, waits for the bot's outbox to update the card in the thread, then adds a note with the new version.
/// </summary>
public sealed class Responder(int id, int responder, RecordingConnector connector) : SimulatedUser(id)
{
    /// <summary>How long the responder waits for the case card's update through the outbox before moving on (counted apart from turn errors).</summary>
    private static readonly TimeSpan UpdateDeadline = TimeSpan.FromSeconds(15);

    private static int _lateUpdates;

    private CaseThread? _case;
    private Delivered? _card;
    private string? _pressed;
    private bool _updated;
    private long _pressedAt;

    public override string Scenario => Scenarios.Respond;

    /// <summary>Case cards whose update did not reach the thread within the deadline after a press, since the last call; the responder moved on.</summary>
    public static int TakeLateUpdates() => Interlocked.Exchange(ref _lateUpdates, 0);

    public override async Task<Turn?> StepAsync(TurnClient client, Inbound inbound, CancellationToken cancellationToken)
    {
        if (_case is null)
        {
            if (!connector.NewCases.TryDequeue(out var next))
            {
                return null;
            }

            _case = next;
            _card = new Delivered("POST", next.ConversationId, next.MessageId, next.CardJson);
            connector.Watch(next.ConversationId);
            return await PressAsync(client, inbound, "case.acknowledge", cancellationToken);
        }

        _updated = _updated || Updated(client.Read(_case.ConversationId));
        if (!_updated)
        {
            if (Stopwatch.GetElapsedTime(_pressedAt) < UpdateDeadline)
            {
                return null;
            }

            // Not a turn's error: the turn was answered; the outbox is behind (see Program's closing lines).
            Interlocked.Increment(ref _lateUpdates);
            return Done(null);
        }

        return _pressed == "case.acknowledge" ? await PressAsync(client, inbound, "case.note", cancellationToken) : Done(null);
    }

    private async Task<Turn?> PressAsync(TurnClient client, Inbound inbound, string command, CancellationToken cancellationToken)
    {
        var inputs = command == "case.note" ? new[] { ("note", $"Checked by responder {responder}: password reset under way.") } : [];
        if (new CardReader(_card!).Submit(command, null, inputs) is not { } data)
        {
            return Done(Turn.Failed(Scenario, $"no {command} button on the case card"));
        }

        var turn = await client.SendAsync(Scenario, _case!.ConversationId, inbound.CasePress(responder, _case.ConversationId, _case.MessageId, data), cancellationToken);
        _pressed = command;
        _pressedAt = Stopwatch.GetTimestamp();
        _updated = Updated(turn.Replies);
        return turn.Expect(turn.Replies.All(r => r.IsUpdate), "no message in the thread (the card is updated through the outbox)");
    }

    /// <summary>True when the case card's update has arrived; it becomes the card to press next.</summary>
    private bool Updated(IReadOnlyList<Delivered> replies)
    {
        if (replies.LastOrDefault(r => r.IsUpdate && r.Has("case.note")) is not { } update)
        {
            return false;
        }

        _card = update;
        return true;
    }

    private Turn? Done(Turn? last)
    {
        connector.Forget(_case!.ConversationId);
        _case = null;
        _card = null;
        _pressed = null;
        _updated = false;
        return last;
    }
}
