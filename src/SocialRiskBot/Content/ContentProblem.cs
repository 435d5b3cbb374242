namespace SocialRiskBot.Content;

/// <summary>One thing wrong in a content file, where a content owner can find it.</summary>
public sealed record ContentProblem(string File, long Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
