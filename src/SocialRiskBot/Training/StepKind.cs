namespace SocialRiskBot.Training;

/// <summary>Where a quiz or a refresher stands after a user's action, for the conversation to show.</summary>
public enum StepKind
{
    /// <summary>Show the question at the step's index.</summary>
    Ask,

    /// <summary>An answer was recorded: show whether it was right, and the way on.</summary>
    Answered,

    /// <summary>Every question is answered: show the score (quiz) or the summary (refresher).</summary>
    Finished,

    /// <summary>The card was already used or belongs to a run that is over: nothing changed.</summary>
    Stale,

    /// <summary>Nothing (or something odd) was chosen: nothing changed, ask again.</summary>
    NoChoice,

    /// <summary>The module id is not (or no longer) in the content.</summary>
    UnknownModule,

    /// <summary>No refresher question is due.</summary>
    NothingDue,
}
