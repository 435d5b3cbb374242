using SocialRiskBot.Cards;

namespace SocialRiskBot.Profiles.Teams;

/// <summary>The settings form. <see cref="Version"/> goes back with the submit so a stale card changes nothing.</summary>
public sealed record SettingsCard(string DepartmentId, string RemindersOn, int Version, IReadOnlyList<CardChoice> Departments) : ICardModel
{
    public static string TemplateName => "settings";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>The settings form after a save: what was chosen, with no inputs left to submit.</summary>
public sealed record SettingsSavedCard(string DepartmentName, string RemindersText) : ICardModel
{
    public static string TemplateName => "settings-saved";

    public static CardAudience Audience => CardAudience.Employee;
}
