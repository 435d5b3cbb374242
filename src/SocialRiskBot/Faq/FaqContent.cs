namespace SocialRiskBot.Faq;

/// <summary>The FAQ as loaded and checked from <c>content/faq.yaml</c> and <c>content/synonyms.yaml</c>.</summary>
public sealed record FaqContent(IReadOnlyList<FaqEntry> Entries, IReadOnlyList<IReadOnlyList<string>> SynonymGroups);
