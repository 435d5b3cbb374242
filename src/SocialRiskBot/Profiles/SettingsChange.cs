namespace SocialRiskBot.Profiles;

/// <summary>What a settings card submitted: the version it was made from and the chosen values, unchecked.</summary>
public sealed record SettingsChange(int? CardVersion, string? DepartmentId, bool RemindersOn);
