namespace SocialRiskBot.Training.Campaigns;

/// <summary>
/// A module assigned to a department (or to everyone, <see cref="DepartmentId"/> null) by a due date. The id is
/// made of the three, so assigning the same thing twice is recognised and creates nothing.
/// </summary>
public sealed record Campaign(string Id, string ModuleId, string? DepartmentId, DateOnly DueDate, string AssignedBy, string? AssignedByName, DateTimeOffset AssignedAt)
{
    public const string Everyone = "everyone";

    public static string IdOf(string moduleId, string? departmentId, DateOnly dueDate) =>
        $"{moduleId}~{departmentId ?? Everyone}~{dueDate:yyyyMMdd}";

    public bool Includes(string? departmentId) => DepartmentId is null || DepartmentId == departmentId;
}
