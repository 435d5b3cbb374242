namespace SocialRiskBot.Incidents;

/// <summary>A department that gets a short notice of a category's cases, always or only under a condition.</summary>
public sealed record CcRule(string DepartmentId, CcCondition When);
