using System.Collections.Frozen;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>
/// What a card for an employee in personal chat may use (design.md, "Mobile first"): Adaptive Cards 1.2
/// elements, and only the actions Teams mobile runs reliably.
/// </summary>
internal static class MobileCardRules
{
    public const string MaxVersion = "1.2";

    /// <summary>Every element and inline of Adaptive Cards 1.0–1.2 (Media is 1.1; RichTextBlock, TextRun, ActionSet are 1.2).</summary>
    public static FrozenSet<string> Elements { get; } = FrozenSet.ToFrozenSet(
    [
        "TextBlock", "RichTextBlock", "TextRun", "Image", "ImageSet", "Media", "FactSet", "Container", "ColumnSet", "Column",
        "ActionSet", "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
    ], StringComparer.Ordinal);

    /// <summary>Not Action.Execute (1.4, unreliable on Teams mobile) nor Action.ToggleVisibility.</summary>
    public static FrozenSet<string> Actions { get; } = FrozenSet.ToFrozenSet(
        ["Action.Submit", "Action.OpenUrl", "Action.ShowCard"], StringComparer.Ordinal);

    /// <summary>Every way the card breaks the rules, one line each; empty when it follows them.</summary>
    public static IReadOnlyList<string> Violations(string? declaredVersion, IEnumerable<OfficialCardResult.CardItem> items)
    {
        var violations = new List<string>();
        if (declaredVersion is null || !Version.TryParse(declaredVersion, out var declared) || declared > Version.Parse(MaxVersion))
        {
            violations.Add($"$.version: the card declares {declaredVersion ?? "no version"}, above {MaxVersion}");
        }

        foreach (var item in items)
        {
            var allowed = item.Kind == "action" ? Actions : Elements;
            if (!allowed.Contains(item.Type))
            {
                violations.Add($"{item.Path}: {item.Type} is not allowed on Teams mobile (allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))})");
            }
            else if (Version.Parse(item.Since) > Version.Parse(MaxVersion))
            {
                violations.Add($"{item.Path}: {item.Type} needs Adaptive Cards {item.Since}");
            }
        }

        return violations;
    }
}
