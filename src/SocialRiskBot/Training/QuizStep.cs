namespace SocialRiskBot.Training;

public enum QuizStepKind
{
    /// <summary>Show question <see cref="QuizStep.Index"/> of the attempt.</summary>
    Ask,

    /// <summary>An answer was recorded: show whether it was right, and the way on.</summary>
    Answered,

    /// <summary>Show the finished attempt's score.</summary>
    Score,

    /// <summary>The card was already used or belongs to an attempt that is over: nothing changed.</summary>
    Stale,

    /// <summary>Nothing (or something odd) was chosen: nothing changed, ask again.</summary>
    NoChoice,

    /// <summary>The module id is not (or no longer) in the content.</summary>
    UnknownModule,
}

/// <summary>Where a quiz stands after a user's action, for the conversation to show.</summary>
public sealed record QuizStep(QuizStepKind Kind, TrainingModule? Module, QuizAttempt? Attempt, int Index = 0, bool Restarted = false)
{
    public TrainingQuestion? Question => Module?.Find(Attempt?.QuestionIds.ElementAtOrDefault(Index));

    public GivenAnswer? Answer => Attempt?.Answers.ElementAtOrDefault(Index);
}
