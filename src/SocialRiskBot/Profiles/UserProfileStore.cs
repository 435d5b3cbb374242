using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Profiles;

/// <summary>Profiles in the <c>UserProfiles</c> table, written with optimistic concurrency.</summary>
public sealed class UserProfileStore(ITableStore store)
{
    private const string TableName = "UserProfiles";
    private const string Partition = "user";

    /// <returns>The profile and its ETag, or a new profile and a null ETag when the user has none yet.</returns>
    public async Task<(UserProfile Profile, string? ETag)> GetAsync(string userKey, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = await table.GetAsync(Partition, TableKeys.Encode(userKey), cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return (UserProfile.New(userKey), null);
        }

        return (FromRow(userKey, row), row.ETag);
    }

    private static UserProfile FromRow(string userKey, TableRow row) => new(
        userKey,
        row.GetString(nameof(UserProfile.DepartmentId)),
        row.Properties.TryGetValue(nameof(UserProfile.RemindersOn), out var on) && on is bool b ? b : true,
        row.Properties.TryGetValue(nameof(UserProfile.Version), out var v) && v is int version ? version : 0);

    /// <summary>Every stored profile by user key (users who never saved settings have none: they get the defaults).</summary>
    public async Task<IReadOnlyDictionary<string, UserProfile>> AllAsync(CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var all = new Dictionary<string, UserProfile>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync(Partition, null, null, cancellationToken).ConfigureAwait(false))
        {
            var profile = FromRow(row.GetString(nameof(UserProfile.UserKey)) ?? row.RowKey, row);
            all[profile.UserKey] = profile;
        }

        return all;
    }

    /// <summary>Writes the profile if nobody else wrote it since <paramref name="etag"/> was read (null = it did not exist).</summary>
    /// <returns>False when someone else got there first; nothing was written.</returns>
    public async Task<bool> TrySaveAsync(UserProfile profile, string? etag, CancellationToken cancellationToken)
    {
        var table = await store.GetTableAsync(TableName, cancellationToken).ConfigureAwait(false);
        var row = new TableRow(Partition, TableKeys.Encode(profile.UserKey))
        {
            ETag = etag,
            Properties = new Dictionary<string, object?>
            {
                [nameof(UserProfile.UserKey)] = profile.UserKey,
                [nameof(UserProfile.DepartmentId)] = profile.DepartmentId,
                [nameof(UserProfile.RemindersOn)] = profile.RemindersOn,
                [nameof(UserProfile.Version)] = profile.Version,
            },
        };
        return await table.TryWriteAsync(row, cancellationToken).ConfigureAwait(false);
    }
}
