namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>
/// The card templates as the application ships them: <c>cards/</c> next to the test assembly (copied from the
/// repository's <c>cards/</c> by the SocialRiskBot project). A template is every <c>&lt;name&gt;.json</c>;
/// its sample data is <c>&lt;name&gt;.data.json</c>.
/// </summary>
internal static class CardTemplatesFolder
{
    private const string SampleDataSuffix = ".data.json";

    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "cards");

    /// <summary>Every template name, sorted; new templates are picked up without any list to update.</summary>
    public static IReadOnlyList<string> TemplateNames() =>
        [.. JsonFiles()
            .Where(file => !file.EndsWith(SampleDataSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(System.IO.Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>The names that have a sample data file, whether or not their template exists.</summary>
    public static IReadOnlyList<string> SampleDataNames() =>
        [.. JsonFiles()
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Where(file => file.EndsWith(SampleDataSuffix, StringComparison.OrdinalIgnoreCase))
            .Select(file => file[..^SampleDataSuffix.Length])
            .Order(StringComparer.Ordinal)];

    public static string TemplateFile(string name) => System.IO.Path.Combine(Path, name + ".json");

    public static string SampleDataFile(string name) => System.IO.Path.Combine(Path, name + SampleDataSuffix);

    private static IEnumerable<string> JsonFiles() =>
        Directory.Exists(Path)
            ? Directory.EnumerateFiles(Path, "*.json")
            : throw new DirectoryNotFoundException($"The card templates were not copied next to the tests: {Path} does not exist.");
}
