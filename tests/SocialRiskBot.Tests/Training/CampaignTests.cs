using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.Conversations;
using SocialRiskBot.Tests.Harness;
using SocialRiskBot.Training.Exports;
using SocialRiskBot.Training.Summaries;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Tests.Training;

/// <summary>Admins assign modules; people in scope are invited once, reminded before the due date, and reported on.</summary>
public sealed class CampaignTests : IAsyncDisposable
{
    private const string Module = "account-security";

    // Tuesday 24 November 2026, 10:00 in London.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly ConversationHarness _bot;
    private readonly TrainingDriver _admin;
    private readonly TrainingDriver _kim;
    private readonly TrainingDriver _lee;

    public CampaignTests()
    {
        _bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), TrainingDriver.Settings(("Admins:0", "aad-alex")));
        _admin = new TrainingDriver(_bot);
        _kim = new TrainingDriver(_bot, "29:kim");
        _lee = new TrainingDriver(_bot, "29:lee");
    }

    [Fact]
    public async Task Only_admins_may_assign_or_see_the_report()
    {
        Assert.Equal(TrainingAdminConversation.AdminsOnly, Assert.Single(await _kim.SayAsync($"assign {Module} to everyone by 2026-12-15")));
        Assert.Equal(TrainingAdminConversation.AdminsOnly, Assert.Single(await _kim.SayAsync("report training")));
    }

    [Fact]
    public async Task Assign_invites_the_department_only_once_each_in_working_hours()
    {
        await JoinAsync(_kim, "marketing");
        await JoinAsync(_lee, "hr");

        var assigned = Assert.Single(await _admin.SayAsync($"assign {Module} to marketing by 2026-12-15"));
        Assert.Contains("is assigned to everyone in Marketing, due by 15 Dec 2026", assigned, StringComparison.Ordinal);
        Assert.Contains("1 person gets an invitation", assigned, StringComparison.Ordinal);

        Assert.Equal(1, await _bot.OutreachAsync());
        Assert.Equal(0, await _bot.OutreachAsync());
        var invitation = await _bot.DeliverAsync();
        Assert.Contains("personal-kim", _bot.Connector.Calls.Last().Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Contains("New training for you", invitation, StringComparison.Ordinal);
        Assert.Contains("by 15 Dec 2026", invitation, StringComparison.Ordinal);

        Assert.Contains("Assigned to you: due by 15 Dec 2026", await _kim.ModuleListAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Assigned to you", await _lee.ModuleListAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assigning_the_same_thing_twice_changes_nothing()
    {
        await _admin.SayAsync($"assign {Module} to everyone by 15 Dec 2026");
        Assert.Equal(TrainingAdminConversation.AlreadyAssigned, Assert.Single(await _admin.SayAsync($"assign {Module} to everyone by 2026-12-15")));
    }

    [Theory]
    [InlineData("assign spelling to everyone by 2026-12-15", "I don't know the module")]
    [InlineData("assign account-security to finance by 2026-12-15", "I don't know the department")]
    [InlineData("assign account-security to everyone by someday", "couldn't read \"someday\" as a date")]
    [InlineData("assign account-security to everyone by 2026-11-24", "must be after today")]
    [InlineData("assign account-security everyone", "Please write it as")]
    public async Task A_mistyped_assign_says_what_is_wrong(string text, string problem)
    {
        Assert.Contains(problem, Assert.Single(await _admin.SayAsync(text)), StringComparison.Ordinal);
        Assert.Contains("No training is assigned yet", Assert.Single(await _admin.SayAsync("report training")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_alone_shows_the_form_and_the_form_assigns()
    {
        await JoinAsync(_kim, "marketing");
        var form = Assert.Single(await _admin.SayAsync("assign"));
        Assert.Contains("Input.Date", form, StringComparison.Ordinal);

        var done = Assert.Single(await _admin.PressAsync(form, "train.assign", "Assign", new { module = Module, scope = "everyone", due = "2026-12-15" }));
        Assert.Contains("Training assigned", done, StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.Last().Method);
    }

    [Fact]
    public async Task Reminders_go_before_the_due_date_to_those_who_have_not_passed()
    {
        await JoinAsync(_kim, "marketing");
        await JoinAsync(_lee, "marketing");
        await _admin.SayAsync($"assign {Module} to marketing by 2026-12-15");
        Assert.Equal(2, await _bot.OutreachAsync());
        await _bot.DeliverAsync();
        await _lee.TakeAsync(Module);

        _time.Advance(TimeSpan.FromDays(18)); // Saturday 12 December: no messages at weekends
        Assert.Equal(0, await _bot.OutreachAsync());
        _time.Advance(TimeSpan.FromDays(2)); // Monday 14 December, one day before
        Assert.Equal(2, await _bot.OutreachAsync()); // Kim's reminder; Lee, who passed, only has refresher questions due
        var sent = _bot.Connector.Calls.Count;
        await _bot.DeliverAsync();
        var messages = _bot.Connector.Calls.Skip(sent).ToDictionary(c => c.Uri.AbsoluteUri.Contains("personal-kim", StringComparison.Ordinal) ? "kim" : "lee", c => ReportDriver.Json(c.Activity!));
        Assert.Contains("is due tomorrow (15 Dec 2026)", messages["kim"], StringComparison.Ordinal);
        Assert.Contains("Time for a quick refresher", messages["lee"], StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(1)); // the due day: both of Kim's reminder days have been used
        Assert.DoesNotContain(await QueuedForAsync("kim"), m => m.Contains("Training reminder", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_report_shows_completion_per_department_and_overdue_and_the_csv_has_a_row_per_user_and_module()
    {
        await JoinAsync(_kim, "marketing");
        await JoinAsync(_lee, "marketing");
        await _admin.SayAsync($"assign {Module} to marketing by 2026-12-15");
        await _bot.OutreachAsync();
        await _lee.TakeAsync(Module);
        _time.Advance(TimeSpan.FromDays(22));

        var card = Assert.Single(await _admin.SayAsync("report training"));
        Assert.Contains("1 of 2 done (50%) · 2 people", card, StringComparison.Ordinal);
        Assert.Contains("\"width\":50", card, StringComparison.Ordinal);
        Assert.Contains("1 overdue", card, StringComparison.Ordinal);

        var summary = await _bot.Services.GetRequiredService<TrainingSummaryBuilder>().BuildAsync(CancellationToken.None);
        var lines = TrainingCsv.Write(summary).TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(string.Join(',', TrainingCsv.Header), lines[0]);
        Assert.Equal(3 * _admin.Catalog.Modules.Count, lines.Count - 1);
        var lee = Assert.Single(lines, l => l.StartsWith("aad-lee,", StringComparison.Ordinal) && l.Contains($",{Module},", StringComparison.Ordinal));
        Assert.Contains($",marketing,{Module},passed,100,100,1,2026-11-24T10:00:00Z,{_admin.Catalog.Find(Module)!.Version},", lee, StringComparison.Ordinal);
        Assert.EndsWith(",2026-12-15,no,no", lee, StringComparison.Ordinal);
        var kim = Assert.Single(lines, l => l.StartsWith("aad-kim,", StringComparison.Ordinal) && l.Contains($",{Module},", StringComparison.Ordinal));
        Assert.EndsWith(",2026-12-15,yes,no", kim, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_fields_are_quoted_and_formulas_defused()
    {
        Assert.Equal("\"Lee, Sam\"", TrainingCsv.Field("Lee, Sam"));
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\"", TrainingCsv.Field("=HYPERLINK(\"x\")"));
        Assert.Equal("'@sum", TrainingCsv.Field("@sum"));
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    private static async Task JoinAsync(TrainingDriver user, string department)
    {
        var ask = Assert.Single(await user.SayAsync("train"));
        await user.PressAsync(ask, "train.department", "Continue", new { department });
    }

    /// <summary>Runs outreach and delivers; returns what reached the user's personal chat.</summary>
    private async Task<List<string>> QueuedForAsync(string user)
    {
        var sent = _bot.Connector.Calls.Count;
        await _bot.OutreachAsync();
        await _bot.DeliverAsync();
        return [.. _bot.Connector.Calls.Skip(sent).Where(c => c.Uri.AbsoluteUri.Contains($"personal-{user}", StringComparison.Ordinal)).Select(c => ReportDriver.Json(c.Activity!))];
    }
}
