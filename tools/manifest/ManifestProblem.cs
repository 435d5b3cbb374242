namespace SocialRiskBot.Manifest;

/// <summary>One thing wrong with a manifest or package, located by a JSON path such as <c>$.bots[0].botId</c>.</summary>
internal sealed record ManifestProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
