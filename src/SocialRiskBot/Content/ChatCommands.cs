namespace SocialRiskBot.Content;

/// <summary>
/// The commands people type in chat, by the id content names them with (<c>{command:my-reports}</c>). The turn
/// pipeline reads the same names, so an answer can never tell people to type a command the bot does not know.
/// </summary>
public static class ChatCommands
{
    public const string Help = "help";
    public const string Settings = "settings";
    public const string Train = "train";
    public const string Refresh = "refresh";
    public const string Ask = "ask";
    public const string Report = "report";
    public const string MyReports = "my reports";
    public const string Cancel = "cancel";
    public const string Topics = "topics";
    public const string StopReminders = "stop reminders";
    public const string StartReminders = "start reminders";
    public const string Assign = "assign";
    public const string ReportTraining = "report training";
    public const string ReportIncidents = "report incidents";
    public const string FaqGaps = "faq gaps";

    /// <summary>Every command content may name: its id (the name with hyphens for spaces) and what people type.</summary>
    public static IReadOnlyList<(string Id, string Name)> All { get; } =
        [.. new[] { Help, Settings, Train, Refresh, Ask, Report, MyReports, Cancel, Topics, StopReminders, StartReminders, Assign, ReportTraining, ReportIncidents, FaqGaps }
            .Select(name => (name.Replace(' ', '-'), name))];

    /// <returns>What people type for the command <paramref name="id"/>, or null when there is no such command.</returns>
    public static string? NameOf(string? id) => All.FirstOrDefault(c => c.Id == id).Name;
}
