namespace SocialRiskBot.Cards;

/// <summary>One choice of an Input.ChoiceSet: what is submitted and what people read.</summary>
public sealed record CardChoice(string Value, string Title);

/// <summary>One line of a FactSet.</summary>
public sealed record CardFact(string Title, string Value);
