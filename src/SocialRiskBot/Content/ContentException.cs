namespace SocialRiskBot.Content;

/// <summary>Content that cannot be used: the bot refuses to start rather than half-load it.</summary>
public sealed class ContentException(IReadOnlyList<ContentProblem> problems)
    : Exception("The content has problems:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ContentProblem> Problems { get; } = problems;
}
