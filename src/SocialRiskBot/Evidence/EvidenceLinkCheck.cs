namespace SocialRiskBot.Evidence;

/// <summary>What <see cref="EvidenceLinks.VerifyAsync"/> found.</summary>
public enum EvidenceLinkCheck
{
    /// <summary>Signed by us for this case, file and expiry, and not expired yet.</summary>
    Valid,

    /// <summary>Genuine, but its time is up.</summary>
    Expired,

    /// <summary>Malformed, tampered with or signed with another key.</summary>
    Invalid,
}
