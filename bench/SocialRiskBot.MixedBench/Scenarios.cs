namespace SocialRiskBot.MixedBench;

/// <summary>The names of the simulated users' scenarios, as <c>--mix</c> and the results table spell them.</summary>
public static class Scenarios
{
    public const string Faq = "faq";
    public const string Train = "train";
    public const string Report = "report";
    public const string Respond = "respond";

    public static IReadOnlyList<string> All { get; } = [Faq, Train, Report, Respond];
}
