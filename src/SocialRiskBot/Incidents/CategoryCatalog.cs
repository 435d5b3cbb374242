using Microsoft.Extensions.Options;

namespace SocialRiskBot.Incidents;

/// <summary>The incident categories reporters choose from, in configuration order.</summary>
public sealed class CategoryCatalog(IOptions<IncidentsOptions> options)
{
    private readonly IncidentCategory[] _all = [.. options.Value.Categories.Select(ToCategory)];

    public IReadOnlyList<IncidentCategory> All => _all;

    /// <summary>Always there: startup refuses a configuration without it.</summary>
    public IncidentCategory Other => Find(IncidentCategory.OtherId)!;

    /// <returns>The category, or null for an id we do not know (e.g. a tampered or outdated card).</returns>
    public IncidentCategory? Find(string? id) => _all.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    private static IncidentCategory ToCategory(CategorySettings settings) => new(
        settings.Id,
        settings.Label,
        settings.Description,
        settings.Owner,
        [.. settings.Cc.Select(cc => new CcRule(cc.Department, Parse<CcCondition>(cc.When)))],
        Parse<Severity>(settings.Severity),
        [.. settings.Advice])
    {
        NotificationHours = settings.NotificationHours,
    };

    // Validation at startup has already refused anything that does not parse.
    private static T Parse<T>(string? text)
        where T : struct, Enum =>
        EnumSetting.TryParse<T>(text, out var value) ? value : throw new InvalidOperationException($"'{text}' is not a {typeof(T).Name}.");
}
