using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Profiles;

/// <summary>Profiles in the <c>UserProfiles</c> table, one column per field, written with optimistic concurrency.</summary>
public sealed class UserProfileStore(ITableStore store)
{
    private const string TableName = "UserProfiles";
    private const string Partition = "user";

    private static readonly RowCodec<UserProfile> Codec = new(
        profile => new Dictionary<string, object?>
        {
            [nameof(UserProfile.UserKey)] = profile.UserKey,
            [nameof(UserProfile.DepartmentId)] = profile.DepartmentId,
            [nameof(UserProfile.RemindersOn)] = profile.RemindersOn,
            [nameof(UserProfile.Version)] = profile.Version,
        },
        row => new UserProfile(
            row.GetString(nameof(UserProfile.UserKey)) ?? row.RowKey,
            row.GetString(nameof(UserProfile.DepartmentId)),
            row.Value<bool>(nameof(UserProfile.RemindersOn)) ?? true,
            row.Value<int>(nameof(UserProfile.Version)) ?? 0));

    private readonly RowTable<UserProfile> _profiles = new(store, TableName, Codec);

    /// <returns>The profile and its ETag, or a new profile and a null ETag when the user has none yet.</returns>
    public async Task<(UserProfile Profile, string? ETag)> GetAsync(string userKey, CancellationToken cancellationToken) =>
        await _profiles.GetAsync(Partition, TableKeys.Encode(userKey), cancellationToken).ConfigureAwait(false) is { } stored
            ? (stored.Value with { UserKey = userKey }, stored.ETag)
            : (UserProfile.New(userKey), null);

    /// <summary>Every stored profile by user key (users who never saved settings have none: they get the defaults).</summary>
    public async Task<IReadOnlyDictionary<string, UserProfile>> AllAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, UserProfile>(StringComparer.Ordinal);
        await foreach (var stored in _profiles.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            all[stored.Value.UserKey] = stored.Value;
        }

        return all;
    }

    /// <summary>Writes the profile if nobody else wrote it since <paramref name="etag"/> was read (null = it did not exist).</summary>
    /// <returns>False when someone else got there first; nothing was written.</returns>
    public async Task<bool> TrySaveAsync(UserProfile profile, string? etag, CancellationToken cancellationToken) =>
        await _profiles.TryWriteAsync(Partition, TableKeys.Encode(profile.UserKey), profile, etag, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>
    /// Applies <paramref name="change"/> to the user's profile (a new one when they have none) and saves the result
    /// unless it is the same, again on the profile as it is now when another save got there first.
    /// </summary>
    /// <returns>The profile as stored afterwards.</returns>
    public Task<UserProfile> UpdateAsync(string userKey, Func<UserProfile, UserProfile> change, CancellationToken cancellationToken) =>
        _profiles.ChangeAsync(Partition, TableKeys.Encode(userKey), stored =>
        {
            var profile = stored is null ? UserProfile.New(userKey) : stored with { UserKey = userKey };
            var changed = change(profile);
            return (changed == profile ? null : changed, changed);
        }, cancellationToken);
}
