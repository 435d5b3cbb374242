namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>The checkout the tests run from, found by walking up to the solution file.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialRiskBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"SocialRiskBot.sln was not found above {AppContext.BaseDirectory}.");
    }
}
