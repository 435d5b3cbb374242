namespace SocialRiskBot.Training;

/// <summary>
/// A 5-minute module from <c>content/training/&lt;id&gt;.yaml</c>. <see cref="Version"/> is a hash of the file, recorded
/// with every attempt, so evidence says which wording a person answered even after the file is edited.
/// </summary>
public sealed record TrainingModule(
    string Id,
    int Order,
    string Title,
    string Summary,
    IReadOnlyList<int> Steps,
    int Minutes,
    int PassMark,
    IReadOnlyList<TrainingQuestion> Questions,
    string Version)
{
    public const int MaxMinutes = 5;
    public const int MinQuestions = 6;

    public TrainingQuestion? Find(string? questionId) => Questions.FirstOrDefault(q => q.Id == questionId);

    /// <summary>Passed when the share of right answers reaches the pass mark (a percentage).</summary>
    public bool Passes(int right, int total) => total > 0 && right * 100 >= PassMark * total;
}

/// <summary>One scenario question: 2–4 choices, one or more of them right, and why.</summary>
public sealed record TrainingQuestion(
    string Id,
    string Stem,
    IReadOnlyList<TrainingChoice> Choices,
    IReadOnlyList<string> Correct,
    string Explanation,
    string FaqTopic)
{
    public const int MinChoices = 2;
    public const int MaxChoices = 4;

    public bool IsMultipleChoice => Correct.Count > 1;

    /// <summary>Right only when exactly the correct choices were picked.</summary>
    public bool IsRight(IReadOnlyCollection<string> chosen) => chosen.Count == Correct.Count && Correct.All(chosen.Contains);

    public string TextOf(string choiceId) => Choices.FirstOrDefault(c => c.Id == choiceId)?.Text ?? choiceId;
}

public sealed record TrainingChoice(string Id, string Text);
