using SocialRiskBot.Content;

namespace SocialRiskBot.Training;

/// <summary>Every training module, in the order people take them.</summary>
public sealed class TrainingCatalog(IReadOnlyList<TrainingModule> modules)
{
    public const string Folder = "training";

    public IReadOnlyList<TrainingModule> Modules { get; } = [.. modules.OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal)];

    public TrainingModule? Find(string? id) => Modules.FirstOrDefault(m => string.Equals(m.Id, id, StringComparison.Ordinal));

    /// <summary>A module by id, or by a title or id people type loosely ("account security").</summary>
    public TrainingModule? Match(string text)
    {
        var wanted = Normalize(text);
        return Find(text.Trim().ToLowerInvariant())
            ?? Modules.FirstOrDefault(m => Normalize(m.Title) == wanted || Normalize(m.Id) == wanted)
            ?? Modules.SingleOrDefault(m => wanted.Length >= 4 && (Normalize(m.Title).Contains(wanted, StringComparison.Ordinal) || Normalize(m.Id).Contains(wanted, StringComparison.Ordinal)));
    }

    /// <summary>Loads and checks <c>content/training/</c>, or throws with every problem.</summary>
    public static TrainingCatalog Load(string contentFolder)
    {
        var (modules, problems) = TrainingContentLoader.Load(Path.Combine(contentFolder, Folder));
        return modules is null ? throw new ContentException(problems) : new TrainingCatalog(modules);
    }

    private static string Normalize(string text) =>
        string.Join('-', text.ToLowerInvariant().Split([.. text.Where(c => !char.IsLetterOrDigit(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries));
}
