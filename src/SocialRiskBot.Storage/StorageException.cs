namespace SocialRiskBot.Storage;

public enum StorageFailure
{
    /// <summary>The row or blob already exists (HTTP 409 in Azure).</summary>
    Conflict,

    /// <summary>The ETag did not match (HTTP 412 in Azure).</summary>
    PreconditionFailed,

    /// <summary>The row or blob does not exist (HTTP 404 in Azure).</summary>
    NotFound,

    /// <summary>The request itself is invalid (bad key, batch across partitions, too many operations, value too large).</summary>
    Invalid,

    /// <summary>Storage could not be reached or failed; the caller may retry later.</summary>
    Unavailable,
}

/// <summary>The one exception type both backends throw, so callers never see SQLite or Azure types.</summary>
public sealed class StorageException : Exception
{
    public StorageException(StorageFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    public StorageFailure Failure { get; }

    /// <summary>For a failed batch: the index of the operation that failed, when known.</summary>
    public int? FailedOperationIndex { get; init; }
}
