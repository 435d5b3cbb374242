using SocialRiskBot.Organization;

namespace SocialRiskBot.Profiles;

/// <summary>Reads and changes an employee's settings: their department and whether they get reminders.</summary>
public sealed class SettingsService(UserProfileStore profiles, DepartmentDirectory departments)
{
    public async Task<UserProfile> GetAsync(string userKey, CancellationToken cancellationToken) =>
        (await profiles.GetAsync(userKey, cancellationToken).ConfigureAwait(false)).Profile;

    public async Task<SettingsOutcome> ChangeAsync(string userKey, SettingsChange change, CancellationToken cancellationToken)
    {
        var (current, etag) = await profiles.GetAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (change.CardVersion != current.Version)
        {
            return new SettingsOutcome(SettingsOutcomeKind.Stale, current);
        }

        if (change.DepartmentId is not null && departments.Find(change.DepartmentId) is null)
        {
            return new SettingsOutcome(SettingsOutcomeKind.Rejected, current);
        }

        var saved = current with { DepartmentId = change.DepartmentId, RemindersOn = change.RemindersOn, Version = current.Version + 1 };
        if (!await profiles.TrySaveAsync(saved, etag, cancellationToken).ConfigureAwait(false))
        {
            // A parallel submit of the same card won; ours is now stale.
            return new SettingsOutcome(SettingsOutcomeKind.Stale, (await profiles.GetAsync(userKey, cancellationToken).ConfigureAwait(false)).Profile);
        }

        return new SettingsOutcome(SettingsOutcomeKind.Saved, saved);
    }

    /// <summary>
    /// Turns reminders on or off from a typed command, which carries no card version: the profile as stored now
    /// changes, and its version still grows, so an older settings card goes stale.
    /// </summary>
    /// <returns>The profile as stored afterwards.</returns>
    public Task<UserProfile> SetRemindersAsync(string userKey, bool on, CancellationToken cancellationToken) =>
        profiles.UpdateAsync(userKey, profile => profile.RemindersOn == on ? profile : profile with { RemindersOn = on, Version = profile.Version + 1 }, cancellationToken);
}
