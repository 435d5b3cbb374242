namespace SocialRiskBot.Faq;

/// <summary>The FAQ as loaded and checked from <c>content/faq.yaml</c>, <c>content/synonyms.yaml</c> and <c>content/off-topic.yaml</c>.</summary>
public sealed record FaqContent(IReadOnlyList<FaqEntry> Entries, IReadOnlyList<IReadOnlyList<string>> SynonymGroups)
{
    /// <summary>Questions the FAQ does not answer (IT, HR, payroll, facilities, small talk…), to recognise others like them.</summary>
    public IReadOnlyList<string> OffTopic { get; init; } = [];
}
