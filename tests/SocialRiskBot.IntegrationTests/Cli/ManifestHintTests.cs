using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Cli;

/// <summary>
/// <c>manifest pack</c> typed to the bot executable: the package is the manifest tool's, so the bot says where that
/// is and exits 1 instead of starting to serve.
/// </summary>
public sealed class ManifestHintTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-cli-").FullName;

    [Fact]
    public async Task Manifest_pack_on_the_bot_names_the_manifest_tool_and_writes_nothing()
    {
        var zip = Path.Combine(_folder, "out.zip");

        var (exitCode, output) = await BotExecutable.RunAsync(_folder, new Dictionary<string, string>(), "manifest", "pack", "--out", zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("dotnet run --project tools/manifest -- pack", output, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
