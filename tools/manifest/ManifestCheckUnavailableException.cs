namespace SocialRiskBot.Manifest;

/// <summary>The schema check cannot run here (no repository, no Node, no npm packages): exit code 2, not a verdict on the manifest.</summary>
internal sealed class ManifestCheckUnavailableException(string message) : Exception(message);
