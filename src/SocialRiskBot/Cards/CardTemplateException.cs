namespace SocialRiskBot.Cards;

/// <summary>A template that cannot be used; the message names the template and the JSON path.</summary>
public sealed class CardTemplateException(string template, string jsonPath, string problem)
    : Exception($"Card template '{template}' at {jsonPath}: {problem}.");
