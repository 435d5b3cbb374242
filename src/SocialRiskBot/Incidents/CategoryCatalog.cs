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
        [.. settings.Cc.Select(cc => new CcRule(cc.Department, cc.When))],
        settings.Severity!.Value,
        [.. settings.Advice]);
}
