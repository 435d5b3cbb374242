namespace SocialRiskBot.Content;

/// <summary>One thing wrong in a content file, where a content owner can find it.</summary>
public sealed record ContentProblem(string File, long Line, string Message)
{
    /// <summary>"content/faq.yaml:42: …"; a problem with no line (a missing file, a configuration key) has none.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
