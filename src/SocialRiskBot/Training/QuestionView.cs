namespace SocialRiskBot.Training;

/// <summary>One question of a quiz or a refresher as its cards show it: its place in the run, and the answer once given.</summary>
public sealed record QuestionView(string Kind, TrainingModule Module, TrainingQuestion Question, GivenAnswer? Answer, string Run, int Index, int Total)
{
    public const string Quiz = "quiz";
    public const string Refresh = "refresh";

    public bool IsLast => Index + 1 >= Total;
}
