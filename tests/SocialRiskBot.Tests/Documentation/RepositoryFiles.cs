namespace SocialRiskBot.Tests.Documentation;

/// <summary>The repository the tests were built from, for tests that read its source and documents.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialRiskBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("SocialRiskBot.sln not found above " + AppContext.BaseDirectory);
    }
}
