namespace SocialRiskBot.Hosting;

/// <summary>Where the checked-out repository is, when the bot runs from one (development, tests, benchmarks).</summary>
public static class RepositoryLayout
{
    public const string SolutionFile = "SocialRiskBot.sln";

    /// <returns>The folder holding <see cref="SolutionFile"/>, searching up from <paramref name="start"/>; null when deployed.</returns>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
