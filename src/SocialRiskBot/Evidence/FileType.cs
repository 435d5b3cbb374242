namespace SocialRiskBot.Evidence;

/// <summary>A kind of file evidence may be: its content type, the extension it is served with and a word for people.</summary>
public sealed record FileType(string ContentType, string Extension, string Label);
