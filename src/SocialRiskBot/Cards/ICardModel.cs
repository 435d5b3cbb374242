namespace SocialRiskBot.Cards;

/// <summary>Typed data for one card; <see cref="TemplateName"/> names the file <c>cards/&lt;name&gt;.json</c>.</summary>
public interface ICardModel
{
    static abstract string TemplateName { get; }
}
