namespace SocialRiskBot.Evidence;

public enum EvidenceRejectionReason
{
    /// <summary>Not PNG, JPEG, GIF, WebP or PDF by its content.</summary>
    WrongType,

    /// <summary>Over <see cref="EvidenceOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>The case already holds <see cref="EvidenceOptions.MaxFilesPerCase"/> files.</summary>
    TooMany,

    /// <summary>From a host (or redirected to one) that is not trusted, or over plain http.</summary>
    Untrusted,

    /// <summary>The same content is already in the case: nothing new was stored.</summary>
    Duplicate,

    /// <summary>It could not be downloaded or stored just now; sending it again may work.</summary>
    Unavailable,
}
