namespace SocialRiskBot.Cards;

public enum CardAudience
{
    /// <summary>
    /// An employee in personal chat, very often on the phone: Adaptive Cards 1.2 elements only, and only
    /// Action.Submit, Action.OpenUrl and Action.ShowCard (Teams mobile does not run Action.Execute reliably).
    /// </summary>
    Employee,

    /// <summary>Responders in a department channel, mostly on desktop: up to Adaptive Cards 1.5.</summary>
    Channel,
}
