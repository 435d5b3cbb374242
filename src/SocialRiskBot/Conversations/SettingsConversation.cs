using System.Globalization;
using System.Text.Json;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Organization;
using SocialRiskBot.Profiles;

namespace SocialRiskBot.Conversations;

/// <summary>
/// The settings card and its submit: on save the card is replaced in place by its answered state, so it
/// cannot be submitted twice; a stale or replayed card changes nothing and says so.
/// </summary>
public sealed class SettingsConversation(SettingsService settings, DepartmentDirectory departments, CardRenderer cards)
{
    internal const string StaleCard =
        "That settings card was already used or is out of date, so I didn't change anything. Here are your settings as they are now:";

    internal const string UnknownDepartment =
        "That department is no longer on the list, so I didn't change anything. Please choose again:";

    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var profile = await settings.GetAsync(UserKeyOf(turn), cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Form(profile), cancellationToken).ConfigureAwait(false);
    }

    public async Task SaveAsync(TurnContext turn, JsonElement form, CancellationToken cancellationToken)
    {
        var outcome = await settings.ChangeAsync(UserKeyOf(turn), Read(form), cancellationToken).ConfigureAwait(false);
        switch (outcome.Kind)
        {
            case SettingsOutcomeKind.Saved:
                var answered = Replies.Card(cards.Render(Saved(outcome.Profile)));
                if (turn.Activity.ReplyToId is { Length: > 0 } cardId)
                {
                    await turn.UpdateAsync(cardId, answered, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await turn.SendAsync(answered, cancellationToken).ConfigureAwait(false);
                }

                break;
            default:
                var why = outcome.Kind == SettingsOutcomeKind.Stale ? StaleCard : UnknownDepartment;
                await turn.SendAsync(Replies.Text(why), cancellationToken).ConfigureAwait(false);
                await turn.SendAsync(Form(outcome.Profile), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private BotFramework.Schema.Activity Form(UserProfile profile) => Replies.Card(cards.Render(new SettingsCard(
        profile.DepartmentId ?? string.Empty,
        profile.RemindersOn ? "true" : "false",
        profile.Version,
        [.. departments.All.Select(d => new SettingsCard.Choice(d.Id, d.Name))])));

    private SettingsSavedCard Saved(UserProfile profile) => new(
        departments.Find(profile.DepartmentId)?.Name ?? "Not chosen yet",
        profile.RemindersOn ? "On: at most once a day, in working hours" : "Off");

    /// <summary>Card values arrive as strings (the version may be a number); anything odd reads as "not given".</summary>
    private static SettingsChange Read(JsonElement form)
    {
        int? version = form.TryGetProperty("version", out var v) switch
        {
            true when v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) => n,
            true when v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
        var department = form.TryGetProperty("department", out var d) && d.ValueKind == JsonValueKind.String && d.GetString() is { Length: > 0 } id ? id : null;
        var reminders = !form.TryGetProperty("reminders", out var r) || r.ValueKind != JsonValueKind.String || r.GetString() != "false";
        return new SettingsChange(version, department, reminders);
    }

    private static string UserKeyOf(TurnContext turn) => turn.Activity.From?.AadObjectId ?? turn.Activity.From!.Id!;
}
