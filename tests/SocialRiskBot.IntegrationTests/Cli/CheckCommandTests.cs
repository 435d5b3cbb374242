using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Cli;

/// <summary>The bot executable's <c>check</c> subcommand, run as a real process the way an operator would.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-cli-").FullName;

    [Fact]
    public async Task Check_reports_each_part_ready_and_exits_0()
    {
        var (exitCode, output) = await RunAsync(new()
        {
            ["Storage__Sqlite__Path"] = Path.Combine(_folder, "bot.db"),
            ["Bot__AppId"] = "6f1c2a9e-4b7d-4c3e-9a51-2d8e7f0b1c34",
            ["Bot__AppPassword"] = "not-used-by-check",
        }, "check");

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
    public async Task Check_in_production_without_an_app_id_names_the_switch_and_exits_1()
    {
        var (exitCode, output) = await RunAsync(new() { ["Storage__Sqlite__Path"] = Path.Combine(_folder, "bot.db") }, "check");

        Assert.Equal(1, exitCode);
        Assert.Contains("Bot:AppId is empty in the 'Production' environment", output, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticated=true", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_refuses_content_that_names_a_category_the_configuration_removed_with_file_and_line()
    {
        var (exitCode, output) = await RunAsync(new()
        {
            ["Storage__Sqlite__Path"] = Path.Combine(_folder, "bot.db"),
            ["Bot__AllowUnauthenticated"] = "true", // no app id, outside Development
            ["Incidents__Categories__0__Id"] = "other",
            ["Incidents__Categories__0__Label"] = "Something else",
            ["Incidents__Categories__0__Description"] = "Any social-media problem.",
            ["Incidents__Categories__0__Owner"] = "risk-committee",
            ["Incidents__Categories__0__Severity"] = "Medium",
            ["Incidents__Categories__0__Advice__0"] = "Don't reply or share it.",
            ["Incidents__Categories__0__Advice__1"] = "Do keep the link.",
        }, "check");

        Assert.Equal(1, exitCode);
        Assert.Matches(@"content/faq\.yaml:\d+: answer: '\{category:account-compromise\}': 'account-compromise' is not a configured incident category \(there are: other\)", output);
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
    public async Task Content_validate_checks_the_training_modules_too()
    {
        var content = Path.Combine(_folder, "content");
        Directory.CreateDirectory(Path.Combine(content, "training"));
        foreach (var file in new[] { "faq.yaml", "synonyms.yaml" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Find(), "content", file), Path.Combine(content, file));
        }

        File.WriteAllText(Path.Combine(content, "training", "demo.yaml"), "id: demo\ntitle: Demo\nsummary: A demo.\nsteps: [4]\nminutes: 9\npassMark: 80\nquestions: []\n");

        var (exitCode, output) = await RunAsync([], "content", "validate", "--folder", content);

        Assert.Equal(1, exitCode);
        Assert.Contains("content/training/demo.yaml:5: 'minutes' is estimated minutes: a whole number from 1 to 5", output, StringComparison.Ordinal);
        Assert.Contains("give at least 6 questions; there are 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_training_csv_prints_a_row_per_person_and_module_from_storage()
    {
        var database = Path.Combine(_folder, "bot.db");
        using (var store = new SocialRiskBot.Storage.Tables.Sqlite.SqliteTableStore(database))
        {
            await new SocialRiskBot.Conversations.ConversationReferenceStore(store, TimeProvider.System).RememberAsync(new SocialRiskBot.BotFramework.Schema.Activity
            {
                Type = "message",
                ServiceUrl = "https://smba.trafficmanager.net/amer/",
                From = new SocialRiskBot.BotFramework.Schema.ChannelAccount { Id = "29:kim", AadObjectId = "aad-kim", Name = "Kim" },
                Conversation = new SocialRiskBot.BotFramework.Schema.ConversationAccount { Id = "a:personal-kim", ConversationType = "personal" },
            }, CancellationToken.None);
            var passed = SocialRiskBot.Training.ModuleProgress.New("account-security") with
            {
                Attempts = 1, LastPercent = 85, BestPercent = 85, PassedAt = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), PassedVersion = "abc123",
            };
            await new SocialRiskBot.Training.TrainingStore(store, new SocialRiskBot.Outbox.OutboxWriter(new SocialRiskBot.Outbox.OutboxPartitions(store, TimeProvider.System), new SocialRiskBot.Outbox.OutboxSignal(), TimeProvider.System)).TrySubmitAsync([SocialRiskBot.Training.TrainingStore.Put("aad-kim", passed, null)], CancellationToken.None);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var (exitCode, output) = await RunAsync(new() { ["Storage__Sqlite__Path"] = database }, "report", "training", "--csv");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("aad-kim,", StringComparison.Ordinal) || l.StartsWith("user_key,", StringComparison.Ordinal)).ToList();
        Assert.Equal(string.Join(',', SocialRiskBot.Training.Exports.TrainingCsv.Header), lines[0]);
        Assert.Equal(12, lines.Count - 1);
        Assert.Contains("aad-kim,,,account-security,passed,85,85,1,2026-11-24T10:00:00Z,abc123,,,no,no", lines);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("export")] // the same command, for those who look for the exports by that name
    public async Task Report_incidents_csv_prints_a_row_per_history_event_from_storage(string verb)
    {
        var database = Path.Combine(_folder, "bot.db");
        using (var store = new SocialRiskBot.Storage.Tables.Sqlite.SqliteTableStore(database))
        {
            var number = (await new SocialRiskBot.Incidents.CaseNumbers(store).NextAsync(2026, CancellationToken.None)).ToString();
            var at = new DateTimeOffset(2026, 10, 6, 9, 0, 0, TimeSpan.Zero);
            var details = new SocialRiskBot.Incidents.ReportDetails("instagram", null, at, "Hacked.", new SocialRiskBot.Incidents.IncidentFacts(false, false, true, false, SocialRiskBot.Incidents.Severity.High));
            await new SocialRiskBot.Incidents.IncidentStore(store, new SocialRiskBot.Outbox.OutboxWriter(new SocialRiskBot.Outbox.OutboxPartitions(store, TimeProvider.System), new SocialRiskBot.Outbox.OutboxSignal(), TimeProvider.System)).TryCreateAsync(new SocialRiskBot.Incidents.Incident(
                number, 2, "account-compromise", SocialRiskBot.Incidents.Severity.Critical, [], "it-security", [], details, "aad-kim", "Kim",
                SocialRiskBot.Incidents.IncidentStatus.Acknowledged, at, at.AddMinutes(15),
                [new(at, "=cmd|' /C calc'!A0", "reported it"), new(at.AddMinutes(5), "Lee Gu", "acknowledged it")]), [], CancellationToken.None);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var (exitCode, output) = await RunAsync(new() { ["Storage__Sqlite__Path"] = database }, verb, "incidents", "--csv");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("SMR-", StringComparison.Ordinal) || l.StartsWith("case,", StringComparison.Ordinal)).ToList();
        Assert.Equal("case,category,severity,status,owner_department,reported_at,event_at,who,what", lines[0]);
        Assert.Equal(
            [
                "SMR-2026-0001,account-compromise,Critical,Acknowledged,it-security,2026-10-06T09:00:00Z,2026-10-06T09:00:00Z,'=cmd|' /C calc'!A0,reported it",
                "SMR-2026-0001,account-compromise,Critical,Acknowledged,it-security,2026-10-06T09:00:00Z,2026-10-06T09:05:00Z,Lee Gu,acknowledged it",
            ],
            lines.Skip(1));
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
