using SocialRiskBot.Cards;

namespace SocialRiskBot.Training.Teams;

/// <summary>For admins: assign a module to a department or everyone by a date (<c>train.assign</c>).</summary>
public sealed record TrainingAssignCard(IReadOnlyList<CardChoice> Modules, IReadOnlyList<CardChoice> Scopes, string MinDate) : ICardModel
{
    public static string TemplateName => "training-assign";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>
/// <c>report training</c>: completion of assigned modules per department as a bar (two weighted columns),
/// with overdue counts, and the people Teams would not let us reach.
/// </summary>
public sealed record TrainingSummaryCard(string Summary, IReadOnlyList<TrainingSummaryCard.Department> Departments, bool HasUnreachable, string Unreachable) : ICardModel
{
    public static string TemplateName => "training-summary";

    public static CardAudience Audience => CardAudience.Employee;

    /// <param name="DoneWeight">Column weight of the done part of the bar (1–99, so both parts always show).</param>
    public sealed record Department(string Name, string Line, int DoneWeight, int LeftWeight, bool HasOverdue, string Overdue);
}
