namespace SocialRiskBot.Evidence;

/// <summary>What one message's files came to: the ones now stored, in the order sent, and the ones not kept.</summary>
public sealed record EvidenceIntakeResult(IReadOnlyList<EvidenceFile> Accepted, IReadOnlyList<EvidenceRejection> Rejected);
