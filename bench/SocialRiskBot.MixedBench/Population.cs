namespace SocialRiskBot.MixedBench;

/// <summary>The simulated users, their scenarios dealt out by the mix's shares; they keep their state from one level to the next.</summary>
public static class Population
{
    public static IReadOnlyList<SimulatedUser> Create(int users, IReadOnlyDictionary<string, int> mix, IReadOnlyList<string> questions, RecordingConnector connector)
    {
        // One card per share point, dealt round, so the shares hold at any user count.
        var deck = mix.SelectMany(s => Enumerable.Repeat(s.Key, s.Value)).ToArray();
        var responders = 0;
        var population = new List<SimulatedUser>(users);
        for (var n = 0; n < users; n++)
        {
            population.Add(deck[Spread(n, deck.Length)] switch
            {
                Scenarios.Train => new Trainee(n),
                Scenarios.Report => new Reporter(n),
                Scenarios.Respond => new Responder(n, responders++, connector),
                _ => new FaqAsker(n, questions),
            });
        }

        return population;
    }

    /// <summary>Deals the deck's cards in a scattered order, so that neighbouring users play different scenarios.</summary>
    private static int Spread(int n, int deckSize) => (int)((n * 37L) % deckSize);
}
