using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Organization;
using SocialRiskBot.Profiles;

namespace SocialRiskBot.Profiles.Teams;

/// <summary>
/// The settings card and its submit: on save the card is replaced in place by its answered state, so it
/// cannot be submitted twice; a stale or replayed card changes nothing, says so, and is replaced in place by the form as it is now.
/// </summary>
public sealed class SettingsConversation(SettingsService settings, DepartmentDirectory departments, CardRenderer cards)
{
    internal const string StaleCard =
        "That settings card was already used or is out of date, so I didn't change anything. The card now shows your settings as they are.";

    internal const string UnknownDepartment =
        "That department is no longer on the list, so I didn't change anything. Please choose again on the card.";

    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var profile = await settings.GetAsync(UserNames.KeyOf(turn), cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Form(profile), cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var outcome = await settings.ChangeAsync(UserNames.KeyOf(turn), Read(form), cancellationToken).ConfigureAwait(false);
        switch (outcome.Kind)
        {
            case SettingsOutcomeKind.Saved:
                await turn.ReplaceSubmittedCardAsync(Replies.Card(cards.Render(Saved(outcome.Profile))), cancellationToken).ConfigureAwait(false);
                break;
            default:
                var why = outcome.Kind == SettingsOutcomeKind.Stale ? StaleCard : UnknownDepartment;
                await turn.SendAsync(Replies.Text(why), cancellationToken).ConfigureAwait(false);

                // The pressed card becomes the form as it is now: one live settings form, never a spent one that looks alive.
                await turn.ReplaceSubmittedCardAsync(Form(outcome.Profile), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private BotFramework.Schema.Activity Form(UserProfile profile) => Replies.Card(cards.Render(new SettingsCard(
        profile.DepartmentId ?? string.Empty,
        profile.RemindersOn ? "true" : "false",
        profile.Version,
        [.. departments.All.Select(d => new CardChoice(d.Id, d.Name))])));

    private SettingsSavedCard Saved(UserProfile profile) => new(
        departments.Find(profile.DepartmentId)?.Name ?? "Not chosen yet",
        profile.RemindersOn ? "On: at most once a day, in working hours" : "Off");

    private static SettingsChange Read(JsonElement form) => new(
        CardValues.Version(form),
        CardValues.Text(form, "department"),
        CardValues.Text(form, "reminders") != "false");

}
