namespace SocialRiskBot.MixedBench;

/// <summary>Types policy questions; each must get one FAQ card back (an answer, "did you mean…", or the honest fallback).</summary>
public sealed class FaqAsker(int id, IReadOnlyList<string> questions) : SimulatedUser(id)
{
    private int _asked;

    public override string Scenario => Scenarios.Faq;

    public override async Task<Turn?> StepAsync(TurnClient client, Inbound inbound, CancellationToken cancellationToken)
    {
        var question = questions[(Id * 7 + _asked++) % questions.Count];
        var turn = await client.SendAsync(Scenario, Conversation, inbound.Message(Id, question), cancellationToken);
        return turn.Expect(turn.Replies.Count == 1 && turn.Replies[0].Has("\"command\":\"faq."), "one FAQ card");
    }
}
