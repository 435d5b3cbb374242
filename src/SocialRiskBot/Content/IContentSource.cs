namespace SocialRiskBot.Content;

/// <summary>
/// One feature's side of content: what content may name of it by id (its departments, incident categories or
/// training modules, as configured), and its own texts that may name things (its content files, its configured
/// advice), checked against all of it. Each feature registers one; <see cref="ContentVocabulary"/> and the check at
/// startup (<see cref="ContentReferences"/>) gather them, so Content knows no feature.
/// </summary>
public interface IContentSource
{
    IEnumerable<DepartmentName> Departments => [];

    IEnumerable<CategoryName> Categories => [];

    IEnumerable<ModuleTitle> Modules => [];

    /// <summary>The problems in this feature's texts: its files under the content <paramref name="folder"/>, or its configured texts.</summary>
    IEnumerable<ContentProblem> Check(string folder, ContentReferenceScan scan) => [];
}
