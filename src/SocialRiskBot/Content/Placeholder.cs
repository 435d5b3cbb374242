namespace SocialRiskBot.Content;

/// <summary>One reference in a content text, such as <c>{category:account-compromise}</c>, and where it stands in the text.</summary>
/// <param name="Kind">What it names: one of <see cref="PlaceholderKinds"/> (or a typo the checker reports).</param>
/// <param name="Id">The id it names; null for kinds that take none, such as <c>{committee}</c>.</param>
public sealed record Placeholder(string Kind, string? Id, int Index, int Length);
