namespace SocialRiskBot.Evidence;

/// <summary>
/// What of a batch of checked files still fits a case or draft as it is when they are written: none it already
/// holds (same SHA-256), and no more than the room left. Files checked in two messages at once were each checked
/// against what was there before; this is the second look, when the write happens.
/// </summary>
public static class EvidenceCap
{
    public static IReadOnlyList<EvidenceFile> Fit(IReadOnlyList<EvidenceFile> held, IEnumerable<EvidenceFile> incoming, int maxFiles) =>
        [.. incoming.Where(f => held.All(h => h.Sha256 != f.Sha256)).Take(Math.Max(0, maxFiles - held.Count))];
}
