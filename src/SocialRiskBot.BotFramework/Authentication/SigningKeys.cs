using Microsoft.IdentityModel.Tokens;

namespace SocialRiskBot.BotFramework.Authentication;

/// <summary>
/// The keys of one JWKS, with the Bot Framework <c>endorsements</c> of each key (the channels it may sign
/// for), which <see cref="JsonWebKey"/> does not expose.
/// </summary>
public sealed record SigningKeys(
    IReadOnlyDictionary<string, SecurityKey> KeysById,
    IReadOnlyDictionary<string, IReadOnlyList<string>> EndorsementsById,
    DateTimeOffset FetchedAt)
{
    public bool Contains(string? keyId) => keyId is not null && KeysById.ContainsKey(keyId);

    /// <returns>The key's endorsements, or null when the key has none.</returns>
    public IReadOnlyList<string>? EndorsementsOf(string keyId) =>
        EndorsementsById.TryGetValue(keyId, out var endorsements) ? endorsements : null;
}
