namespace SocialRiskBot.IntegrationTests.Infrastructure;

public sealed class AzuriteFixtureTests
{
    [Fact]
    public void A_checkout_without_Azurite_fails_with_the_command_that_installs_it()
    {
        var empty = Directory.CreateTempSubdirectory("srb-no-azurite-").FullName;
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => AzuriteFixture.LocateAzurite(empty));

            Assert.Equal("Azurite is not installed: run `npm ci` at the repository root", e.Message);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void The_repository_root_is_the_folder_holding_the_solution()
    {
        Assert.True(File.Exists(Path.Combine(RepositoryRoot.Find(), "SocialRiskBot.sln")));
    }
}
