namespace SocialRiskBot.Training;

/// <summary>Where a quiz stands after a user's action.</summary>
public sealed record QuizStep(StepKind Kind, TrainingModule? Module, QuizAttempt? Attempt, int Index = 0, bool Restarted = false)
{
    /// <summary>Question <paramref name="index"/> of the attempt, with its answer once given; null when there is none.</summary>
    public QuestionView? ViewOf(int index) =>
        Attempt is { } attempt && Module?.Find(attempt.QuestionIds.ElementAtOrDefault(index)) is { } question
            ? new QuestionView(QuestionView.Quiz, Module, question, attempt.Answers.ElementAtOrDefault(index), attempt.Id, index, attempt.QuestionIds.Count)
            : null;
}
