using SocialRiskBot.Content;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Incidents;

/// <summary>
/// The configured incident categories as content names them, with where their cases go in words
/// (<see cref="RoutingPhrase"/>); and each category's advice, shown to reporters like content and checked like it,
/// with the training module it suggests (<see cref="IncidentsOptions.TrainingModules"/>), which must exist.
/// </summary>
public sealed class IncidentsContentSource(
    IReadOnlyList<IncidentCategory> categories,
    IReadOnlyList<Department> departments,
    IReadOnlyDictionary<string, string> trainingModules) : IContentSource
{
    public IEnumerable<CategoryName> Categories =>
        categories.Select(c => new CategoryName(c.Id, c.Label, c.OwnerId, RoutingPhrase.Describe(c, NameOf)));

    public IEnumerable<ContentProblem> Check(string folder, ContentReferenceScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var problems = new List<ContentProblem>();
        for (var c = 0; c < categories.Count; c++)
        {
            var category = categories[c];
            for (var a = 0; a < category.Advice.Count; a++)
            {
                var key = $"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.Categories)}:{c}:{nameof(CategorySettings.Advice)}:{a} ({category.Id})";
                problems.AddRange(scan.Configured(key, category.Advice[a], TextRole.Markdown));
            }

            if (trainingModules.GetValueOrDefault(category.Id) is { Length: > 0 } module && scan.Vocabulary.Module(module) is null)
            {
                problems.Add(new ContentProblem(ContentReferenceScan.Configuration, 0, $"{IncidentsOptions.SectionName}:{nameof(IncidentsOptions.TrainingModules)}:{category.Id}: '{module}' is not a training module (there are: {string.Join(", ", scan.Vocabulary.Modules.Select(m => m.Id))})"));
            }
        }

        return problems;
    }

    /// <summary>A department's name as a card shows it (as <see cref="ContentVocabulary.NameOf"/> does); the id itself for one that is not configured.</summary>
    private string NameOf(string departmentId) => CardSafeText.Of(departments.FirstOrDefault(d => d.Id == departmentId)?.Name ?? departmentId);
}
