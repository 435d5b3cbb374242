using SocialRiskBot.Conversations;

namespace SocialRiskBot.Tests.Conversations;

public class BotCommandTests
{
    [Theory]
    [InlineData("help", BotCommandKind.Help, "")]
    [InlineData("  HELP! ", BotCommandKind.Help, "")]
    [InlineData("hi", BotCommandKind.Unknown, "hi")]
    [InlineData("Topics", BotCommandKind.Topics, "")]
    [InlineData("faq gaps", BotCommandKind.FaqGaps, "")]
    [InlineData("train", BotCommandKind.Train, "")]
    [InlineData("quiz", BotCommandKind.Train, "")]
    [InlineData("report", BotCommandKind.Report, "")]
    [InlineData("report our Instagram was hacked", BotCommandKind.Report, "our Instagram was hacked")]
    [InlineData("My Reports", BotCommandKind.MyReports, "")]
    [InlineData("report incidents", BotCommandKind.IncidentsReport, "")]
    [InlineData("Report incidents 2026-10", BotCommandKind.IncidentsReport, "2026-10")]
    [InlineData("report training", BotCommandKind.TrainingReport, "")]
    [InlineData("ask can I post a photo from the office?", BotCommandKind.Ask, "can I post a photo from the office?")]
    [InlineData("helpful tips", BotCommandKind.Unknown, "helpful tips")]
    [InlineData("", BotCommandKind.Unknown, "")]
    public void Typed_text_names_the_command_and_the_rest_is_its_argument(string text, BotCommandKind kind, string argument)
    {
        var command = BotCommand.Parse(text);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }
}
