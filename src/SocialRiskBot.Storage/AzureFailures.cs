using System.Net.Sockets;
using Azure;
using Azure.Identity;

namespace SocialRiskBot.Storage;

/// <summary>Azure's errors in our terms, so callers handle one exception type whatever the backend.</summary>
internal static class AzureFailures
{
    /// <returns>The translated failure, or null for exceptions that should travel unchanged (the caller's cancellation).</returns>
    public static StorageException? Translate(Exception e, CancellationToken cancellationToken)
    {
        if (e is StorageException || (e is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            return null;
        }

        var failure = e switch
        {
            RequestFailedException r => FromStatus(r.Status),

            // No token (the identity is not attached, or Entra is unreachable): storage cannot be used until that changes.
            AuthenticationFailedException => StorageFailure.Unavailable,

            // Retries exhausted, transport errors and timeouts all mean "try again later".
            AggregateException or HttpRequestException or IOException or SocketException or OperationCanceledException or TimeoutException =>
                StorageFailure.Unavailable,
            _ => (StorageFailure?)null,
        };

        return failure is { } f ? new StorageException(f, Describe(f, e), e) : null;
    }

    public static StorageFailure FromStatus(int status) => status switch
    {
        409 => StorageFailure.Conflict,
        412 => StorageFailure.PreconditionFailed,
        404 => StorageFailure.NotFound,
        400 or 413 => StorageFailure.Invalid,
        _ => StorageFailure.Unavailable,
    };

    private static string Describe(StorageFailure failure, Exception e) => failure switch
    {
        StorageFailure.Conflict => "Azure Storage: the item already exists.",
        StorageFailure.PreconditionFailed => "Azure Storage: the item was changed since it was read (ETag mismatch).",
        StorageFailure.NotFound => "Azure Storage: the item does not exist.",
        StorageFailure.Invalid => $"Azure Storage refused the request: {FirstLine(e.Message)}",
        StorageFailure.Unavailable when e is AuthenticationFailedException => $"Azure Storage: no token to sign in with: {FirstLine(e.Message)}",
        _ => $"Azure Storage is unavailable: {FirstLine(e.Message)}",
    };

    // Azure's messages carry the full response after the first line; one line is enough for a log.
    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
