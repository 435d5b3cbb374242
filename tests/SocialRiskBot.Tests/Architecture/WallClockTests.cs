using System.Text.RegularExpressions;

namespace SocialRiskBot.Tests.Architecture;

/// <summary>
/// Time comes from an injected <see cref="TimeProvider"/>: the application and its unit and conversation tests
/// never read the wall clock directly, so a test that sets the clock sees every part of the bot obey it, and
/// the pass means the same on any day (the test script also runs these tests under faketime to prove it).
/// Waiting for background work measures elapsed time with a stopwatch, which is not the date.
/// </summary>
public sealed partial class WallClockTests
{
    [Fact]
    public void No_code_of_the_bot_or_of_its_unit_tests_reads_the_wall_clock()
    {
        var root = Documentation.RepositoryFiles.Root;
        var offenders =
            from folder in new[] { "src", Path.Combine("tests", "SocialRiskBot.Tests") }
            from file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories)
            where !IsBuildOutput(file) && Path.GetFileName(file) != nameof(WallClockTests) + ".cs" // its own samples
            from line in File.ReadLines(file).Select((text, index) => (text, number: index + 1))
            where WallClock().IsMatch(line.text) && !line.text.TrimStart().StartsWith("///", StringComparison.Ordinal)
            select $"{Path.GetRelativePath(root, file)}:{line.number}: {line.text.Trim()}";

        var found = offenders.ToList();
        Assert.True(found.Count == 0, "Read the time from the injected TimeProvider instead:\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("var now = DateTime.UtcNow;")]
    [InlineData("Expires = DateTimeOffset.UtcNow.AddHours(1)")]
    [InlineData("if (DateTime.Now > x)")]
    [InlineData("var day = DateTime.Today;")]
    [InlineData("var stamp = System.DateTimeOffset.Now;")]
    public void The_scan_finds_each_way_of_reading_the_wall_clock(string line) => Assert.Matches(WallClock(), line);

    [Theory]
    [InlineData("var now = time.GetUtcNow();")]
    [InlineData("services.TryAddSingleton(TimeProvider.System);")]
    [InlineData("var due = DateOnly.FromDateTime(now.UtcDateTime);")]
    public void The_scan_leaves_injected_clocks_alone(string line) => Assert.DoesNotMatch(WallClock(), line);

    [GeneratedRegex(@"\bDateTime(Offset)?\.(UtcNow|Now|Today)\b")]
    private static partial Regex WallClock();

    private static bool IsBuildOutput(string file) =>
        file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");
}
