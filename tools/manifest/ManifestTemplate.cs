using System.Text.RegularExpressions;
using SocialRiskBot.Hosting;

namespace SocialRiskBot.Manifest;

/// <summary>
/// <c>manifest/manifest.json</c> with its <c>{{PLACEHOLDER}}</c>s, and the icons beside it: shipped next to the
/// executable, or read from the repository when running from a checkout.
/// </summary>
internal sealed partial class ManifestTemplate
{
    public const string FolderName = "manifest";

    private ManifestTemplate(string folder, string text)
    {
        Folder = folder;
        Text = text;
    }

    public string Folder { get; }

    public string Text { get; }

    /// <exception cref="FileNotFoundException">No template next to the executable nor in a repository above it.</exception>
    public static ManifestTemplate Load()
    {
        var candidates = new[]
        {
            Path.Combine(AppContext.BaseDirectory, FolderName),
            RepositoryLayout.FindRoot(Environment.CurrentDirectory) is { } fromWorkingFolder ? Path.Combine(fromWorkingFolder, FolderName) : null,
            RepositoryLayout.FindRoot(AppContext.BaseDirectory) is { } fromExecutable ? Path.Combine(fromExecutable, FolderName) : null,
        };
        var folder = candidates.FirstOrDefault(f => f is not null && File.Exists(Path.Combine(f, ManifestPackage.ManifestFileName)))
            ?? throw new FileNotFoundException(
                $"The manifest template was not found: looked for {ManifestPackage.ManifestFileName} in {string.Join(", ", candidates.OfType<string>())}.");
        return new ManifestTemplate(folder, File.ReadAllText(Path.Combine(folder, ManifestPackage.ManifestFileName)).TrimStart('\uFEFF'));
    }

    /// <summary>
    /// Replaces every <c>{{NAME}}</c> by its value. The values are GUIDs and host names (checked by
    /// <see cref="ManifestValues"/>), which need no JSON escaping, so the template's layout is kept as written.
    /// </summary>
    /// <exception cref="InvalidOperationException">The template uses a placeholder that has no value.</exception>
    public string Fill(IReadOnlyDictionary<string, string> values)
    {
        var unknown = Placeholder().Matches(Text).Select(m => m.Groups[1].Value).Where(name => !values.ContainsKey(name)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"{Path.Combine(Folder, ManifestPackage.ManifestFileName)} uses placeholders that have no value: {string.Join(", ", unknown.Select(n => "{{" + n + "}}"))} (known: {string.Join(", ", values.Keys.Select(n => "{{" + n + "}}"))}).");
        }

        return Placeholder().Replace(Text, m => values[m.Groups[1].Value]);
    }

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
