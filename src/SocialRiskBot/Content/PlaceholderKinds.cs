namespace SocialRiskBot.Content;

/// <summary>
/// What content may refer to by id, so that the bot renders the configured words and they cannot drift:
/// <list type="bullet">
/// <item><c>{category:id}</c>: the label a reporter taps for that incident category.</item>
/// <item><c>{owner:id}</c>: the department that owns that category's cases.</item>
/// <item><c>{routing:id}</c>: where that category's cases go, e.g. "goes to Legal &amp; compliance, with IT security copied when personal data is involved".</item>
/// <item><c>{department:id}</c>: a department's name.</item>
/// <item><c>{command:id}</c>: what people type, e.g. <c>{command:my-reports}</c>.</item>
/// <item><c>{module:id}</c>: a training module's title.</item>
/// <item><c>{committee}</c>: the departments on the risk committee and what each one looks after, one per line.</item>
/// </list>
/// </summary>
public static class PlaceholderKinds
{
    public const string Category = "category";
    public const string Owner = "owner";
    public const string Routing = "routing";
    public const string Department = "department";
    public const string Command = "command";
    public const string Module = "module";
    public const string Committee = "committee";

    public static IReadOnlyList<string> All { get; } = [Category, Owner, Routing, Department, Command, Module, Committee];

    /// <summary>Every kind names one thing by id, except the committee, which is the whole list.</summary>
    public static bool TakesId(string kind) => kind != Committee;
}
