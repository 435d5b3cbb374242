namespace SocialRiskBot.Content;

/// <summary>How a content text reaches a card, which decides what it may hold.</summary>
public enum TextRole
{
    /// <summary>Shown as markdown (an FAQ answer, a quiz stem or explanation, a category's advice): placeholders are rendered, and departments, categories and modules are named only through them.</summary>
    Markdown,

    /// <summary>Shown as plain text (a quiz choice): the same, and no markdown, which would show as it is.</summary>
    Plain,

    /// <summary>Shown or searched as written (an FAQ question, a module's title or summary): no placeholders.</summary>
    Unrendered,
}
