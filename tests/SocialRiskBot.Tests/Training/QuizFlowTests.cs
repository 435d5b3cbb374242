using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.Conversations;
using SocialRiskBot.Tests.Harness;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Tests.Training;

/// <summary>A module taken in personal chat: list, one question per card, feedback in place, score, resume, stale cards.</summary>
public sealed class QuizFlowTests : IAsyncDisposable
{
    private const string Module = "account-security";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly ConversationHarness _bot;
    private readonly TrainingDriver _user;

    public QuizFlowTests()
    {
        _bot = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), TrainingDriver.Settings());
        _user = new TrainingDriver(_bot);
    }

    [Fact]
    public async Task First_train_asks_the_department_once_and_saves_it()
    {
        var ask = Assert.Single(await _user.SayAsync("train"));
        Assert.Contains("Which department are you in?", ask, StringComparison.Ordinal);

        var replies = await _user.PressAsync(ask, "train.department", "Continue", new { department = "marketing" });
        Assert.Contains("you're in Marketing", replies[0], StringComparison.Ordinal);
        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.Reverse().Skip(1).First().Method); // the question card was replaced in place
        Assert.Contains("Your training", replies[1], StringComparison.Ordinal);

        var again = Assert.Single(await _user.SayAsync("train"));
        Assert.Contains("Your training", again, StringComparison.Ordinal);
        Assert.Contains("Marketing", Assert.Single(await _user.SayAsync("settings")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continue_with_no_department_chosen_asks_again_on_the_same_card_instead_of_skipping()
    {
        var ask = Assert.Single(await _user.SayAsync("train"));

        var again = Assert.Single(await _user.PressAsync(ask, "train.department", "Continue")); // one card, not Skip's text and list

        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.Last().Method); // the question card, replaced in place
        Assert.Contains("Choose your department from the list first", again, StringComparison.Ordinal);
        Assert.Contains("Which department are you in?", again, StringComparison.Ordinal);
        Assert.DoesNotContain("Your training", again, StringComparison.Ordinal); // not taken as Skip: no module list yet
        var replies = await _user.PressAsync(again, "train.department", "Continue", new { department = "marketing" });
        Assert.Contains("you're in Marketing", replies[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_every_module_not_started()
    {
        var list = await _user.ModuleListAsync();
        foreach (var module in _user.Catalog.Modules)
        {
            Assert.Contains(Json(module.Title), list, StringComparison.Ordinal);
        }

        Assert.Equal(_user.Catalog.Modules.Count, CountOf(list, "Not started"));
    }

    [Fact]
    public async Task A_right_answer_replaces_the_question_with_right_the_explanation_and_next()
    {
        var question = await _user.StartAsync(Module);
        Assert.Contains("Question 1 of 7", question, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"expanded\"", question, StringComparison.Ordinal);

        var feedback = Assert.Single(await _user.AnswerAsync(question, right: true));
        Assert.Equal(HttpMethod.Put, _bot.Connector.Calls.Last().Method);
        Assert.Contains("Right!", feedback, StringComparison.Ordinal);
        Assert.Contains(Json(_user.Catalog.Find(Module)!.Questions[0].Explanation), feedback, StringComparison.Ordinal);
        Assert.Contains("Next question", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_on_this_opens_the_topic_below_the_feedback_which_keeps_its_next_button()
    {
        var feedback = Assert.Single(await _user.AnswerAsync(await _user.StartAsync(Module), right: true));
        var before = _bot.Connector.Calls.Count;

        var topic = Assert.Single(await _user.PressAsync(feedback, "faq.topic", "More on this"));

        Assert.Equal(HttpMethod.Post, _bot.Connector.Calls.Skip(before).Single().Method); // a new card: the feedback stays
        Assert.Contains("faq.show", topic, StringComparison.Ordinal);
        var next = await _user.PressAsync(feedback, "train.next", TrainingDriver.NextTitle(feedback));
        Assert.Contains("Question 2 of 7", next.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_answer_shows_the_right_one()
    {
        var question = await _user.StartAsync(Module);
        var feedback = Assert.Single(await _user.AnswerAsync(question, right: false));
        var first = _user.Catalog.Find(Module)!.Questions[0];
        Assert.Contains("Not quite", feedback, StringComparison.Ordinal);
        Assert.Contains(Json(first.TextOf(first.Correct[0])), feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_the_same_card_twice_keeps_the_first_answer()
    {
        var question = await _user.StartAsync(Module);
        var feedback = Assert.Single(await _user.AnswerAsync(question, right: false));

        var again = await _user.AnswerAsync(question, right: true);
        Assert.Equal(TrainingConversation.AlreadyAnswered, again[0]);
        Assert.Contains("Not quite", again[1], StringComparison.Ordinal); // the pressed card, spent: the first answer kept, Next still there
        Assert.Contains("train.next", again[1], StringComparison.Ordinal);

        var score = await FinishAsync(feedback);
        Assert.Contains("6 of 7 right", score, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_without_a_choice_asks_to_pick_one_and_changes_nothing()
    {
        var question = await _user.StartAsync(Module);
        var reply = Assert.Single(await _user.PressAsync(question, "train.answer", "Submit"));
        Assert.Equal(TrainingConversation.PickFirst, reply);

        var feedback = Assert.Single(await _user.AnswerAsync(question, right: true));
        Assert.Contains("Right!", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_pass_gives_a_score_card_and_the_list_shows_passed_with_score_and_date()
    {
        var score = await _user.TakeAsync(Module, wrong: 1);
        Assert.Contains("Passed", score, StringComparison.Ordinal);
        Assert.Contains("6 of 7 right (85%)", score, StringComparison.Ordinal);
        Assert.Contains("Review the ones you missed", score, StringComparison.Ordinal);

        var list = await _user.ModuleListAsync();
        Assert.Contains("Passed with 85% on 24 Nov 2026", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fail_offers_the_missed_questions_with_their_answers()
    {
        var score = await _user.TakeAsync(Module, wrong: 3);
        Assert.Contains("Not passed yet", score, StringComparison.Ordinal);
        Assert.Contains("4 of 7 right (57%)", score, StringComparison.Ordinal);

        var missed = Assert.Single(await _user.PressAsync(score, "train.missed", "Review the ones you missed"));
        var questions = _user.Catalog.Find(Module)!.Questions;
        foreach (var question in questions.Take(3))
        {
            Assert.Contains(Json(question.Stem), missed, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Json(questions[3].Stem), missed, StringComparison.Ordinal);
        Assert.Contains("Not passed yet: last score 57% (pass mark 80%)", await _user.ModuleListAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pressed_next_cannot_send_the_next_question_twice()
    {
        var question = await _user.StartAsync(Module);
        var feedback = Assert.Single(await _user.AnswerAsync(question, right: true));
        var next = await _user.PressAsync(feedback, "train.next", "Next question");
        Assert.Equal(2, next.Count); // the feedback without its button, then question 2
        Assert.DoesNotContain("train.next", next[0], StringComparison.Ordinal);
        Assert.Contains("Question 2 of 7", next[1], StringComparison.Ordinal);

        var again = await _user.PressAsync(feedback, "train.next", "Next question");
        Assert.Equal(TrainingConversation.MovedOn, again[0]);
        Assert.DoesNotContain("train.next", again[1], StringComparison.Ordinal); // the pressed card, spent
        Assert.Equal(2, again.Count);
    }

    [Fact]
    public async Task After_a_restart_the_module_resumes_where_the_user_left_off()
    {
        var question = await _user.StartAsync(Module);
        for (var i = 0; i < 2; i++)
        {
            var feedback = Assert.Single(await _user.AnswerAsync(question, right: true));
            question = (await _user.PressAsync(feedback, "train.next", "Next question")).Last();
        }

        await using var restarted = new ConversationHarness(s => s.AddSingleton<TimeProvider>(_time), TrainingDriver.Settings(), _bot.Folder);
        var user = new TrainingDriver(restarted);
        var list = await user.ModuleListAsync();
        Assert.Contains("In progress: question 3 of 7", list, StringComparison.Ordinal);

        var resumed = await user.StartAsync(Module, list);
        Assert.Contains("Question 3 of 7", resumed, StringComparison.Ordinal);

        // The old card of question 3 is the same question: answering either counts once.
        Assert.Contains("Right!", Assert.Single(await user.AnswerAsync(resumed, right: true)), StringComparison.Ordinal);
        Assert.Equal(TrainingConversation.AlreadyAnswered, (await user.AnswerAsync(question, right: true))[0]);
    }

    [Fact]
    public async Task Parallel_submits_of_one_card_record_one_answer()
    {
        var question = await _user.StartAsync(Module);
        var data = FaqCardPress.Data(question, "train.answer", "Submit", new { choice = _user.Choice(question, right: true) });
        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _bot.SendAsync(_bot.PersonalSubmit(data, TrainingDriver.CardId))));
        Assert.Equal(1, replies.Count(r => r.Count == 1 && ReportDriver.Json(r[0]).Contains("Right!", StringComparison.Ordinal)));
        Assert.All(replies.Where(r => r.Count > 1), r => Assert.Equal(TrainingConversation.AlreadyAnswered, r[0].Text));

        var store = _bot.Services.GetRequiredService<TrainingStore>();
        var file = await store.LoadAsync("aad-alex", CancellationToken.None);
        var attempt = await store.GetAttemptAsync("aad-alex", Module, file.Module(Module).Value.CurrentAttemptId!, CancellationToken.None);
        Assert.Single(attempt!.Value.Answers);
    }

    [Fact]
    public async Task Every_attempt_is_kept_with_its_content_version_answers_and_score()
    {
        await _user.TakeAsync(Module, wrong: 3);
        _time.Advance(TimeSpan.FromHours(1));
        await _user.TakeAsync(Module, wrong: 0);

        var attempts = new List<QuizAttempt>();
        await foreach (var attempt in _bot.Services.GetRequiredService<TrainingStore>().AttemptsAsync("aad-alex", CancellationToken.None))
        {
            attempts.Add(attempt);
        }

        Assert.Equal(2, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(_user.Catalog.Find(Module)!.Version, a.ContentVersion));
        Assert.All(attempts, a => Assert.Equal(7, a.Answers.Count));
        Assert.Equal([false, true], attempts.OrderBy(a => a.StartedAt).Select(a => a.Passed));
    }

    [Fact]
    public async Task An_edit_of_the_module_keeps_past_completions_and_restarts_attempts_under_way()
    {
        await _user.TakeAsync(Module, wrong: 0);
        await _user.StartAsync("vendors-agencies");

        // The same bot restarted on the same storage after both modules' files were edited.
        var edited = new TrainingCatalog([.. _user.Catalog.Modules.Select(m => m with { Version = "edited" + m.Version[6..] })]);
        await using var restarted = new ConversationHarness(
            s => s.AddSingleton<TimeProvider>(_time).AddSingleton(edited), TrainingDriver.Settings(), _bot.Folder);
        var user = new TrainingDriver(restarted);

        var list = await user.ModuleListAsync();
        Assert.Contains("Passed with 100% on 24 Nov 2026", list, StringComparison.Ordinal);
        Assert.DoesNotContain("In progress", list, StringComparison.Ordinal);

        var replies = await restarted.SendAsync(restarted.PersonalSubmit(new { command = "train.start", module = "vendors-agencies" }, TrainingDriver.CardId));
        Assert.Equal(TrainingConversation.Restarted, replies[0].Text);
        Assert.Contains("Question 1 of 7", ReportDriver.Json(replies[1]), StringComparison.Ordinal);

        var summary = await restarted.Services.GetRequiredService<SocialRiskBot.Training.Summaries.TrainingSummaryBuilder>().BuildAsync(CancellationToken.None);
        var passed = Assert.Single(summary.Standings, s => s.ModuleId == Module);
        Assert.Equal("passed", passed.Status);
        Assert.Equal(_user.Catalog.Find(Module)!.Version, passed.PassedVersion);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    /// <summary>From a feedback card, answers every remaining question right; returns the score card.</summary>
    private async Task<string> FinishAsync(string feedback)
    {
        while (true)
        {
            var next = await _user.PressAsync(feedback, "train.next", TrainingDriver.NextTitle(feedback));
            if (!next.Last().Contains("train.answer", StringComparison.Ordinal))
            {
                return next.Last();
            }

            feedback = Assert.Single(await _user.AnswerAsync(next.Last(), right: true));
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A text as it appears inside the card's JSON.</summary>
    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text, Relaxed)[1..^1];

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
