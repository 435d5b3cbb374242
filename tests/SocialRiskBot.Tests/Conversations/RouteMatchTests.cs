using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Conversations;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>How a message finds its route: typed words name a command and the rest is its argument; a card names its action.</summary>
public sealed class RouteMatchTests : IAsyncLifetime
{
    private readonly ConversationHarness _bot = new();

    private RouteTable Routes => _bot.Services.GetRequiredService<RouteTable>();

    [Theory]
    [InlineData("help", "Help", "")]
    [InlineData("  HELP! ", "Help", "")]
    [InlineData("hi", "Unknown", "hi")]
    [InlineData("Topics", "Topics", "")]
    [InlineData("faq gaps", "FaqGaps", "")]
    [InlineData("train", "Train", "")]
    [InlineData("quiz", "Train", "")]
    [InlineData("report", "Report", "")]
    [InlineData("report our Instagram was hacked", "Report", "our Instagram was hacked")]
    [InlineData("My Reports", "MyReports", "")]
    [InlineData("report incidents", "IncidentsReport", "")]
    [InlineData("Report incidents 2026-10", "IncidentsReport", "2026-10")]
    [InlineData("report training", "TrainingReport", "")]
    [InlineData("report training plans leaked", "Report", "training plans leaked")]
    [InlineData("ask can I post a photo from the office?", "Ask", "can I post a photo from the office?")]
    [InlineData("helpful tips", "Unknown", "helpful tips")]
    [InlineData("settings please", "Unknown", "settings please")]
    [InlineData("", "Unknown", "")]
    public void Typed_text_names_the_command_and_the_rest_is_its_argument(string text, string metric, string argument)
    {
        var match = Routes.Match(_bot.PersonalMessage(text));

        Assert.Equal(metric, match.Metric);
        Assert.Equal(argument, match.Command?.Argument ?? match.Text!.Text);
    }

    [Fact]
    public void A_typed_command_keeps_the_rest_as_typed_and_free_text_keeps_its_closing_punctuation()
    {
        var report = Routes.Match(_bot.PersonalMessage("  report Someone copied our logo!  "));
        var story = Routes.Match(_bot.PersonalMessage("They copied our logo!"));

        Assert.Equal(new CommandText("Someone copied our logo", "Someone copied our logo!"), report.Command);
        Assert.Equal(new FreeText("They copied our logo", "They copied our logo!"), story.Text);
        Assert.Null(story.Route);
    }

    [Theory]
    [InlineData("report.submit", "report.submit", "ReportCard")]
    [InlineData("report.files", "report.files", "ReportCard")]
    [InlineData("report.somethingnew", "report.*", "ReportCard")]
    [InlineData("case.resolve", "case.resolve", "CaseCard")]
    [InlineData("case.somethingnew", "case.*", "CaseCard")]
    [InlineData("relay.answer", "relay.answer", "RelayCard")]
    [InlineData("faq.feedback", "faq.feedback", "FaqCard")]
    [InlineData("train.assign", "train.assign", "TrainCard")]
    [InlineData("settings.save", "settings.save", "SaveSettings")]
    [InlineData("my reports", "my reports", "MyReports")]
    [InlineData("help", "help", "Help")]
    public void A_card_names_its_action_in_full_or_a_command_word(string command, string route, string metric)
    {
        var match = Routes.Match(_bot.PersonalSubmit(new { command }, "card-1"));

        Assert.Equal(route, match.Route?.Name);
        Assert.Equal(metric, match.Metric);
    }

    [Fact]
    public void A_command_word_on_a_card_takes_its_argument_from_the_cards_question_and_an_unknown_one_is_free_text()
    {
        var ask = Routes.Match(_bot.PersonalSubmit(new { command = "ask", question = "  can I post this?  " }, "card-1"));
        var unknown = Routes.Match(_bot.PersonalSubmit(new { command = "settings.other", question = "what now" }, "card-1"));

        Assert.Equal(("Ask", new CommandText("can I post this?", null)), (ask.Metric, ask.Command));
        Assert.Equal(("Unknown", "what now"), (unknown.Metric, unknown.Text?.Text));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
