using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.Tests.Harness;
using SocialRiskBot.Training;

namespace SocialRiskBot.Tests.Training;

/// <summary>Spaced refreshers and the daily nudge, on a controlled clock: schedule, quiet hours, time zones, weekends.</summary>
public sealed class RefreshAndNudgeTests : IAsyncDisposable
{
    private const string Module = "account-security";

    // Tuesday 24 November 2026, 10:00 in London (UTC+0 in winter).
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly ConversationHarness _bot;
    private readonly TrainingDriver _alex;

    public RefreshAndNudgeTests()
    {
        _bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), TrainingDriver.Settings());
        _alex = new TrainingDriver(_bot);
    }

    [Fact]
    public void A_wrong_answer_comes_back_in_a_day_and_right_ones_later_and_later()
    {
        var schedule = _bot.Services.GetRequiredService<ReviewSchedule>();
        var now = _time.GetUtcNow();
        var wrong = schedule.After(null, Module, "q", right: false, now);
        Assert.Equal((1, now.AddDays(1)), (wrong.Box, wrong.DueAt));

        var right = schedule.After(wrong, Module, "q", right: true, now);
        Assert.Equal((2, now.AddDays(3)), (right.Box, right.DueAt));
        var boxes = Enumerable.Range(0, 6).Aggregate(right, (item, _) => schedule.After(item, Module, "q", right: true, now));
        Assert.Equal((5, now.AddDays(30)), (boxes.Box, boxes.DueAt));
        Assert.Equal(1, schedule.After(boxes, Module, "q", right: false, now).Box);
    }

    [Fact]
    public async Task Refresh_serves_the_missed_question_when_it_falls_due()
    {
        await _alex.TakeAsync(Module, wrong: 1);
        var early = Assert.Single(await _alex.SayAsync("refresh"));
        Assert.Contains("Nothing to refresh right now", early, StringComparison.Ordinal);
        Assert.Contains("25 Nov 2026", early, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromDays(1));
        var list = await _alex.ModuleListAsync();
        Assert.Contains("1 refresher question is due", list, StringComparison.Ordinal);
        Assert.Contains("Passed with 85% on 24 Nov 2026 · refresher due", list, StringComparison.Ordinal);
        var question = Assert.Single(await _alex.SayAsync("refresh"));
        Assert.Contains("Refresher · question 1 of 1", question, StringComparison.Ordinal);
        Assert.Equal(_alex.Catalog.Find(Module)!.Questions[0].Id, _alex.QuestionOf(question).Id);

        var feedback = Assert.Single(await _alex.AnswerAsync(question, right: true));
        var done = await _alex.PressAsync(feedback, "train.next", "Finish");
        Assert.Contains("You got 1 of 1 right", done.Last(), StringComparison.Ordinal);
        Assert.Contains("Nothing to refresh right now", Assert.Single(await _alex.SayAsync("refresh")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresher_is_at_most_five_questions_across_modules()
    {
        await _alex.TakeAsync(Module, wrong: 7);
        await _alex.TakeAsync("vendors-agencies", wrong: 2);
        _time.Advance(TimeSpan.FromDays(1));
        var question = Assert.Single(await _alex.SayAsync("refresh"));
        Assert.Contains("Refresher · question 1 of 5", question, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_refreshers_nudge_once_a_day_in_working_hours()
    {
        await _alex.TakeAsync(Module, wrong: 2);
        Assert.Equal(0, await _bot.OutreachAsync()); // nothing due yet

        _time.Advance(TimeSpan.FromDays(1)); // Wednesday 10:00
        Assert.Equal(1, await _bot.OutreachAsync());
        Assert.Equal(0, await _bot.OutreachAsync());
        var nudge = await _bot.DeliverAsync();
        Assert.Contains("Time for a quick refresher", nudge, StringComparison.Ordinal);
        Assert.Contains("2 questions from your training are due", nudge, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromHours(8)); // Wednesday 18:00: after hours
        Assert.Equal(0, await _bot.OutreachAsync());
        _time.Advance(TimeSpan.FromHours(15)); // Thursday 09:00
        Assert.Equal(1, await _bot.OutreachAsync());
    }

    [Fact]
    public async Task Configured_lists_replace_the_defaults_rather_than_adding_to_them()
    {
        await using var bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), TrainingDriver.Settings(
            ("Training:WorkingDays:0", "Saturday"), ("Training:ReviewIntervalDays:0", "2"), ("Training:ReviewIntervalDays:1", "5")));
        var options = bot.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<TrainingOptions>>().CurrentValue;
        Assert.Equal([DayOfWeek.Saturday], options.WorkingDays);
        Assert.Equal([2.0, 5.0], options.ReviewIntervalDays);
        Assert.Equal([3, 1], options.ReminderDaysBefore!);
    }

    [Fact]
    public async Task No_nudges_at_weekends()
    {
        await _alex.TakeAsync(Module, wrong: 2);
        _time.Advance(TimeSpan.FromDays(4)); // Saturday 10:00
        Assert.Equal(0, await _bot.OutreachAsync());
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _bot.OutreachAsync());
        _time.Advance(TimeSpan.FromDays(1)); // Monday
        Assert.Equal(1, await _bot.OutreachAsync());
    }

    [Fact]
    public async Task Working_hours_are_the_users_own_time_zone()
    {
        var sky = new TrainingDriver(_bot, "29:sky", "America/Los_Angeles");
        await sky.TakeAsync(Module, wrong: 2);
        await _alex.TakeAsync(Module, wrong: 2);

        _time.Advance(TimeSpan.FromDays(1)); // Wednesday 10:00 in London is 02:00 in Los Angeles
        Assert.Equal(1, await _bot.OutreachAsync());
        await _bot.DeliverAsync();
        Assert.Contains("personal-alex", _bot.Connector.Calls.Last().Uri.AbsoluteUri, StringComparison.Ordinal);

        _time.Advance(TimeSpan.FromHours(8)); // 18:00 in London, 10:00 in Los Angeles
        Assert.Equal(1, await _bot.OutreachAsync());
        await _bot.DeliverAsync();
        Assert.Contains("personal-sky", _bot.Connector.Calls.Last().Uri.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_reminders_stops_the_nudges_and_start_reminders_brings_them_back()
    {
        await _alex.TakeAsync(Module, wrong: 2);
        var stopped = Assert.Single(await _alex.SayAsync("stop reminders"));
        Assert.Contains("I won't send you refresher reminders", stopped, StringComparison.Ordinal);
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _bot.OutreachAsync());

        await _alex.SayAsync("start reminders");
        Assert.Equal(1, await _bot.OutreachAsync());
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_marked_unreachable_and_not_retried_until_they_come_back()
    {
        await _alex.TakeAsync(Module, wrong: 2);
        _bot.Connector.Blocked["a:personal-alex"] = true;
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await _bot.OutreachAsync());
        await _bot.DeliverAsync();
        var file = await _bot.Services.GetRequiredService<TrainingStore>().LoadAsync("aad-alex", CancellationToken.None);
        Assert.True(file.Learner.Value.Unreachable);

        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _bot.OutreachAsync());

        _bot.Connector.Blocked.Clear();
        await _alex.SayAsync("train");
        Assert.Equal(1, await _bot.OutreachAsync());
    }

    [Fact]
    public async Task Removing_the_app_stops_outreach_at_once_and_adding_it_again_resumes_it()
    {
        await _alex.TakeAsync(Module, wrong: 2);
        await _bot.SendAsync(_bot.InstallationUpdate("remove"));
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _bot.OutreachAsync());

        await _bot.SendAsync(_bot.InstallationUpdate("add"));
        Assert.Equal(1, await _bot.OutreachAsync());
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();
}
