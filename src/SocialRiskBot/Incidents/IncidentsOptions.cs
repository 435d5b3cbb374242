namespace SocialRiskBot.Incidents;

/// <summary>The <c>Incidents</c> section of configuration.</summary>
public sealed class IncidentsOptions
{
    public const string SectionName = "Incidents";

    /// <summary>In the order reporters see them. A configured list replaces the defaults as a whole.</summary>
    public List<CategorySettings> Categories { get; set; } = [];

    /// <summary>When configuration names none: the categories of a typical social-media risk policy (new instances on each read).</summary>
    public static IReadOnlyList<CategorySettings> Defaults => DefaultCategories.Create();
}
