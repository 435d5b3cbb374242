namespace SocialRiskBot.Cards;

/// <summary>Typed data for one card; <see cref="TemplateName"/> names the file <c>cards/&lt;name&gt;.json</c>.</summary>
public interface ICardModel
{
    static abstract string TemplateName { get; }

    /// <summary>Who reads the card, which decides the rules it must follow (see <see cref="CardAudience"/>).</summary>
    static abstract CardAudience Audience { get; }
}
