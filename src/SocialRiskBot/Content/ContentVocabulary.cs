using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Training;

namespace SocialRiskBot.Content;

/// <summary>
/// Everything content may name by id, as configured: departments, incident categories, training modules and the
/// chat commands. Placeholders are rendered from it and checked against it.
/// </summary>
public sealed class ContentVocabulary(IReadOnlyList<Department> departments, IReadOnlyList<IncidentCategory> categories, IReadOnlyList<ModuleTitle> modules)
{
    /// <summary>The configured departments and categories, and the modules as loaded.</summary>
    public static ContentVocabulary From(DepartmentDirectory departments, CategoryCatalog categories, IEnumerable<TrainingModule> modules)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(categories);
        return new ContentVocabulary(departments.All, categories.All, [.. modules.Select(m => new ModuleTitle(m.Id, m.Title))]);
    }

    public IReadOnlyList<Department> Departments => departments;

    public IReadOnlyList<IncidentCategory> Categories => categories;

    public IReadOnlyList<ModuleTitle> Modules => modules;

    public Department? Department(string? id) => departments.FirstOrDefault(d => d.Id == id);

    public IncidentCategory? Category(string? id) => categories.FirstOrDefault(c => c.Id == id);

    public ModuleTitle? Module(string? id) => modules.FirstOrDefault(m => m.Id == id);

    /// <summary>A department's name as a card may show it; the id itself for one that is not configured.</summary>
    public string NameOf(string departmentId) => CardSafeText.Of(Department(departmentId)?.Name ?? departmentId);
}

/// <summary>A training module as content names it.</summary>
public sealed record ModuleTitle(string Id, string Title);
