using Azure.Core;
using Azure.Identity;

namespace SocialRiskBot.Storage;

/// <summary>
/// The Entra credential the Azure backends sign in with when they are given an endpoint instead of a connection
/// string. A type of its own, so that the host (and tests) can replace it without touching any other credential.
/// </summary>
public sealed class StorageCredential(TokenCredential credential)
{
    public TokenCredential Value { get; } = credential;

    /// <summary>
    /// The user-assigned managed identity named by <see cref="StorageOptions.ManagedIdentityClientId"/>, asked for
    /// directly (no probing of other sources); without one, <see cref="DefaultAzureCredential"/>. Neither makes a
    /// request before the first token is needed.
    /// </summary>
    public static StorageCredential From(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientId = options.ManagedIdentityClientId?.Trim();
        return new StorageCredential(string.IsNullOrEmpty(clientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId)));
    }
}
