using SocialRiskBot.Incidents.Teams;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.Abuse;
using SocialRiskBot.Faq.Teams;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>
/// One person may start only so many reports an hour and ask only so many questions a minute. Over the limit
/// they hear, kindly, when they can try again, and nothing is stored; a report already started can always be
/// finished; the counts live in storage, so a second instance on the same data sees them.
/// </summary>
public sealed class RateLimitTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Monday);
    private readonly ConversationHarness _bot;

    public RateLimitTests()
    {
        _bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), Settings(reports: 3, questions: 4));
    }

    [Fact]
    public async Task The_fourth_new_report_in_an_hour_is_refused_kindly_with_when_to_try_again_and_nothing_is_stored()
    {
        for (var i = 0; i < 3; i++)
        {
            await StartAndCancelAsync();
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        var drafts = Rows("reportdrafts");
        var refusal = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report")));

        Assert.Equal(ReportRateLimit.TooManyReports(3, "in about 45 minutes"), refusal.Text);
        Assert.Null(refusal.Attachments);
        Assert.Equal(drafts, Rows("reportdrafts"));

        _time.Advance(TimeSpan.FromMinutes(45));
        Assert.Contains("report.category", ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report")))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_already_started_can_be_reopened_and_finished_over_the_limit()
    {
        for (var i = 0; i < 2; i++)
        {
            await StartAndCancelAsync();
        }

        var driver = new ReportDriver(_bot);
        var (cardId, form) = await driver.StartAsync(); // the third, the last one allowed this hour
        var again = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report"))); // reopens it, not counted
        Assert.Contains("report.category", ReportDriver.Json(again), StringComparison.Ordinal);
        (cardId, form) = (driver.IdOf(again), again); // the one live card of the report now

        var details = await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "account-compromise" });
        var review = await driver.SubmitAsync(cardId, details, new { command = "report.details", platform = "instagram", whatHappened = "Our account posts crypto ads.", urgency = "critical" });
        var submitted = await driver.SubmitAsync(cardId, review, new { command = "report.submit", anonymous = "false" });

        Assert.Matches(ReportDriver.CaseNumberPattern(), ReportDriver.Json(submitted));
        Assert.StartsWith("You've started 3 reports", Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report"))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_over_the_limit_are_refused_until_the_minute_is_over_and_are_not_stored()
    {
        for (var i = 0; i < 4; i++)
        {
            await _bot.SendAsync(_bot.PersonalMessage(i % 2 == 0 ? $"ask can I post photos from the office {i}" : $"can I say where I work on LinkedIn {i}"));
        }

        var questions = Rows("faqquestions");
        _time.Advance(TimeSpan.FromSeconds(20));
        var typed = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("can I share a customer's complaint on Twitter?")));
        var asked = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("ask can I share a customer's complaint on Twitter?")));

        Assert.Equal(QuestionRateLimit.TooManyQuestions("in about 40 seconds"), typed.Text);
        Assert.Equal(typed.Text, asked.Text);
        Assert.Equal(4, questions.Count);
        Assert.Equal(questions, Rows("faqquestions"));

        _time.Advance(TimeSpan.FromSeconds(40));
        Assert.NotNull(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("can I share a customer's complaint on Twitter?"))).Attachments);
        Assert.Equal(5, Rows("faqquestions").Count);
    }

    [Fact]
    public async Task Limits_are_per_person_and_commands_that_are_not_questions_are_never_limited()
    {
        for (var i = 0; i < 4; i++)
        {
            await _bot.SendAsync(_bot.PersonalMessage($"can I post photos from the office {i}"));
        }

        Assert.NotNull(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("can I post photos from the office?", userId: "29:sam", name: "Sam"))).Attachments);
        Assert.Contains("Here's what I can do", ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("help")))), StringComparison.Ordinal);
        Assert.Equal(FaqPrompt, Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("ask"))).Text);
    }

    [Fact]
    public async Task Typed_words_a_started_report_is_waiting_for_are_the_report_not_a_question()
    {
        for (var i = 0; i < 4; i++)
        {
            await _bot.SendAsync(_bot.PersonalMessage($"can I post photos from the office {i}"));
        }

        var driver = new ReportDriver(_bot);
        var (cardId, form) = await driver.StartAsync();
        await driver.SubmitAsync(cardId, form, new { command = "report.category", category = "impersonation" });
        var taken = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("Someone made a fake profile of our CEO")));

        Assert.Equal(ReportConversation.StoryTaken, taken.Text);
    }

    [Fact]
    public async Task The_counts_are_shared_by_every_instance_on_the_same_storage()
    {
        await using var second = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), Settings(reports: 3, questions: 4), _bot.Folder);
        for (var i = 0; i < 4; i++)
        {
            var instance = i % 2 == 0 ? _bot : second;
            await instance.SendAsync(instance.PersonalMessage($"can I post photos from the office {i}"));
        }

        Assert.StartsWith("That's a lot of questions", Assert.Single(await second.SendAsync(second.PersonalMessage("one more question?"))).Text, StringComparison.Ordinal);
        Assert.StartsWith("That's a lot of questions", Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("and another?"))).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_questions_never_get_more_through_than_the_limit()
    {
        var limiter = _bot.Services.GetRequiredService<UserRateLimiter>();
        var decisions = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => limiter.TryAcquireAsync("aad-alex", LimitedAction.Question, CancellationToken.None))));

        Assert.Equal(4, decisions.Count(d => d.Allowed));
        Assert.All(decisions.Where(d => !d.Allowed), d => Assert.Equal(Monday.AddMinutes(1), d.RetryAt));
    }

    [Theory]
    [InlineData("Abuse:ReportsPerHour", "0")]
    [InlineData("Abuse:QuestionsPerMinute", "1001")]
    public void Limits_out_of_range_stop_startup(string key, string value)
    {
        var settings = new Dictionary<string, string?>(Settings(3, 4)) { [key] = value };
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddAbuseLimits()
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AbuseOptions>>().Value);
        Assert.Contains(key.Split(':')[1], failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_ten_reports_an_hour_and_twenty_questions_a_minute()
    {
        var defaults = new AbuseOptions();
        Assert.Equal((10, 20), (defaults.ReportsPerHour, defaults.QuestionsPerMinute));
    }

    private const string FaqPrompt = "What would you like to know? Type your question in your own words, for example: *Can I say where I work on LinkedIn?*";

    private static Dictionary<string, string?> Settings(int reports, int questions) => new(ReportDriver.Departments)
    {
        ["Abuse:ReportsPerHour"] = reports.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Abuse:QuestionsPerMinute"] = questions.ToString(System.Globalization.CultureInfo.InvariantCulture),

        // The fake clock stands still: pacing a conversation to Teams' 7 messages a second would wait forever.
        ["Bot:Connector:PaceSends"] = "false",
    };

    private async Task StartAndCancelAsync()
    {
        Assert.Contains("report.category", ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("report")))), StringComparison.Ordinal);
        Assert.Equal("Report cancelled. Nothing was sent.", Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("cancel"))).Text);
    }

    /// <summary>Every row of one table, read straight from the SQLite file.</summary>
    private List<string> Rows(string table)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_bot.Folder, "bot.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT pk, rk, etag, props FROM \"rows_{table}\" ORDER BY pk, rk";
        using var reader = select.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add($"{reader.GetString(0)}/{reader.GetString(1)} {reader.GetString(2)} {reader.GetString(3)}");
        }

        return rows;
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
