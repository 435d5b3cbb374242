namespace SocialRiskBot.Training.Summaries;

/// <summary>One user × module: where they stand, against the assignment if there is one.</summary>
public sealed record TrainingStanding(
    string UserKey,
    string? Name,
    string? DepartmentId,
    string ModuleId,
    string Status,
    int? BestPercent,
    int? LastPercent,
    int Attempts,
    DateTimeOffset? PassedAt,
    string? PassedVersion,
    DateTimeOffset? LastFinishedAt,
    DateOnly? DueDate,
    bool Overdue,
    bool Unreachable)
{
    public const string Passed = "passed";
    public const string InProgress = "in progress";
    public const string NotPassed = "not passed";
    public const string NotStarted = "not started";

    public bool Assigned => DueDate is not null;
}

/// <summary>A department's assigned modules: how many of them (people × modules) are passed, and overdue.</summary>
public sealed record DepartmentCompletion(string? DepartmentId, string Name, int People, int Assigned, int Done, int Overdue);

/// <summary>Training across everyone the bot knows: completion per department, and every user × module.</summary>
public sealed record TrainingSummary(IReadOnlyList<DepartmentCompletion> Departments, IReadOnlyList<TrainingStanding> Standings)
{
    public int Unreachable => Standings.Where(s => s.Unreachable).Select(s => s.UserKey).Distinct().Count();
}
