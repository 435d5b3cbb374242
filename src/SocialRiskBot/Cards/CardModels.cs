namespace SocialRiskBot.Cards;

/// <summary>The personal-chat welcome on install.</summary>
public sealed record WelcomeCard(string FirstName) : ICardModel
{
    public static string TemplateName => "welcome";

    public static CardAudience Audience => CardAudience.Employee;
}

/// <summary>The list of commands.</summary>
public sealed record HelpCard : ICardModel
{
    public static string TemplateName => "help";

    public static CardAudience Audience => CardAudience.Employee;
}
