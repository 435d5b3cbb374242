namespace SocialRiskBot.Evidence;

/// <summary>A file that was not kept, and a short sentence telling its sender why (plain text, safe to show).</summary>
public sealed record EvidenceRejection(string FileName, EvidenceRejectionReason Reason, string Message);
