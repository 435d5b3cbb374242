using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Training;

namespace SocialRiskBot.Tests.Harness;

/// <summary>Takes training through the bot as a user would: type train, press Start, pick choices, press Submit and Next.</summary>
/// <param name="timeZone">The IANA time zone the user's Teams client reports (the harness's default: Europe/London).</param>
public sealed class TrainingDriver(ConversationHarness bot, string userId = "29:alex", string? timeZone = null)
{
    public const string CardId = "training-card-msg";

    /// <summary>
    /// The departments, with per-conversation pacing off: pacing waits on the clock, and these tests hold the clock
    /// still while one user sends far more than 7 messages.
    /// </summary>
    public static Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>(ReportDriver.Departments) { ["Bot:Connector:PaceSends"] = "false" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public TrainingCatalog Catalog => bot.Services.GetRequiredService<TrainingCatalog>();

    /// <summary>Types a message and returns the replies as JSON (a card's content, or the text).</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string text) =>
        [.. (await bot.SendAsync(Zoned(bot.PersonalMessage(text, userId)))).Select(ReportDriver.Json)];

    /// <summary>Presses the button titled <paramref name="title"/> (with that command) of a card, with any inputs.</summary>
    public async Task<IReadOnlyList<string>> PressAsync(string card, string command, string title, object? inputs = null) =>
        [.. (await bot.SendAsync(Zoned(bot.PersonalSubmit(FaqCardPress.Data(card, command, title, inputs), CardId, userId)))).Select(ReportDriver.Json)];

    /// <summary>Sends <c>train</c>, skipping the one-time department question; returns the module list.</summary>
    public async Task<string> ModuleListAsync()
    {
        var reply = Assert.Single(await SayAsync("train"));
        if (reply.Contains("train.department", StringComparison.Ordinal))
        {
            reply = (await PressAsync(reply, "train.department", "Skip")).Last();
        }

        Assert.Contains("Your training", reply, StringComparison.Ordinal);
        return reply;
    }

    /// <summary>Presses the module's button in the list (Start, Continue, Try again…); returns the question card.</summary>
    public async Task<string> StartAsync(string moduleId, string? list = null)
    {
        list ??= await ModuleListAsync();
        Assert.Contains($"\"command\":\"train.start\",\"module\":\"{moduleId}\"", list, StringComparison.Ordinal);
        var replies = await bot.SendAsync(Zoned(bot.PersonalSubmit(new { command = "train.start", module = moduleId }, CardId, userId)));
        var question = ReportDriver.Json(replies.Last());
        Assert.Contains("train.answer", question, StringComparison.Ordinal);
        return question;
    }

    /// <summary>Answers a question card right or wrong; returns the replies (the replacement feedback card).</summary>
    public async Task<IReadOnlyList<string>> AnswerAsync(string questionCard, bool right) =>
        await PressAsync(questionCard, "train.answer", "Submit", new { choice = Choice(questionCard, right) });

    /// <summary>Takes a whole module, getting the first <paramref name="wrong"/> questions wrong; returns the score card.</summary>
    public async Task<string> TakeAsync(string moduleId, int wrong = 0)
    {
        var card = await StartAsync(moduleId);
        for (var i = 0; ; i++)
        {
            var feedback = Assert.Single(await AnswerAsync(card, right: i >= wrong));
            var next = await PressAsync(feedback, "train.next", NextTitle(feedback));
            card = next.Last();
            if (!card.Contains("train.answer", StringComparison.Ordinal))
            {
                return card;
            }
        }
    }

    /// <summary>The choice id(s) to submit: the right ones, or a wrong one.</summary>
    public string Choice(string questionCard, bool right)
    {
        var question = QuestionOf(questionCard);
        return right ? string.Join(',', question.Correct) : question.Choices.First(c => !question.Correct.Contains(c.Id)).Id;
    }

    public TrainingQuestion QuestionOf(string questionCard)
    {
        var data = FaqCardPress.Data(questionCard, "train.answer", "Submit");
        var index = data["index"]!.GetValue<int>();
        var kind = data["kind"]!.GetValue<string>();
        var module = Catalog.Find(data["module"]!.GetValue<string>())!;
        if (kind == "quiz")
        {
            return module.Questions[index];
        }

        // A refresher's question: found by its stem, shown on the card.
        var texts = JsonNode.Parse(questionCard)!["body"]!.AsArray().Select(b => b?["text"]?.GetValue<string>()).ToList();
        return module.Questions.First(q => texts.Contains(q.Stem));
    }

    private Activity Zoned(Activity activity)
    {
        activity.LocalTimezone = timeZone ?? activity.LocalTimezone;
        return activity;
    }

    public static string NextTitle(string feedback) =>
        new[] { "Next question", "See my score", "Finish" }.First(t => feedback.Contains($"\"title\":\"{t}\"", StringComparison.Ordinal));
}
