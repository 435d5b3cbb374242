namespace SocialRiskBot.Content;

/// <summary>
/// Everything content may name by id, as configured: departments, incident categories, training modules and the
/// chat commands. Placeholders are rendered from it and checked against it.
/// </summary>
public sealed class ContentVocabulary(IReadOnlyList<DepartmentName> departments, IReadOnlyList<CategoryName> categories, IReadOnlyList<ModuleTitle> modules)
{
    /// <summary>What every feature's <see cref="IContentSource"/> lets content name.</summary>
    public static ContentVocabulary From(IEnumerable<IContentSource> sources)
    {
        var all = sources.ToList();
        return new ContentVocabulary([.. all.SelectMany(s => s.Departments)], [.. all.SelectMany(s => s.Categories)], [.. all.SelectMany(s => s.Modules)]);
    }

    public IReadOnlyList<DepartmentName> Departments => departments;

    public IReadOnlyList<CategoryName> Categories => categories;

    public IReadOnlyList<ModuleTitle> Modules => modules;

    public DepartmentName? Department(string? id) => departments.FirstOrDefault(d => d.Id == id);

    public CategoryName? Category(string? id) => categories.FirstOrDefault(c => c.Id == id);

    public ModuleTitle? Module(string? id) => modules.FirstOrDefault(m => m.Id == id);

    /// <summary>A department's name as a card may show it; the id itself for one that is not configured.</summary>
    public string NameOf(string departmentId) => CardSafeText.Of(Department(departmentId)?.Name ?? departmentId);
}
