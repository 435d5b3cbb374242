using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Cli;

/// <summary>The bot executable's <c>check</c> subcommand, run as a real process the way an operator would.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-cli-").FullName;

    [Fact]
    public async Task Check_reports_each_part_ready_and_exits_0()
    {
        var (exitCode, output) = await RunAsync(new() { ["Storage__Sqlite__Path"] = Path.Combine(_folder, "bot.db") }, "check");

        Assert.Equal(0, exitCode);
        Assert.Contains("configuration: ok", output, StringComparison.Ordinal);
        Assert.Contains("card templates: ok", output, StringComparison.Ordinal);
        Assert.Contains("content: ok", output, StringComparison.Ordinal);
        Assert.Contains("storage: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_names_a_missing_setting_and_exits_1()
    {
        var (exitCode, output) = await RunAsync(new()
        {
            ["Storage__Sqlite__Path"] = Path.Combine(_folder, "bot.db"),
            ["Bot__AppId"] = "app",
            ["Bot__AppType"] = "SingleTenant",
            ["Bot__AppPassword"] = "pw",
        }, "check");

        Assert.Equal(1, exitCode);
        Assert.Contains("Bot:TenantId is required for SingleTenant.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_validate_accepts_the_shipped_content()
    {
        var (exitCode, output) = await RunAsync([], "content", "validate");

        Assert.Equal(0, exitCode);
        Assert.Contains("content: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_validate_names_file_line_and_problem_and_exits_1()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "content"));
        File.WriteAllText(Path.Combine(_folder, "content", "faq.yaml"), "entries:\n  - id: Bad Id\n");
        File.WriteAllText(Path.Combine(_folder, "content", "synonyms.yaml"), "groups:\n  - [a, b]\n");

        var (exitCode, output) = await RunAsync([], "content", "validate", "--folder", Path.Combine(_folder, "content"));

        Assert.Equal(1, exitCode);
        Assert.Contains("content/faq.yaml:2: the id 'Bad Id' must be lower-case words joined by hyphens", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_subcommands()
    {
        var (exitCode, output) = await RunAsync([], "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("check", output, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string> environment, params string[] args) =>
        BotExecutable.RunAsync(_folder, environment, args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
