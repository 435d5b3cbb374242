using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Organization.Teams;

/// <summary>
/// Who may run admin commands (<c>faq gaps</c>, <c>assign</c>, <c>report training</c>): the Entra object ids listed
/// under <c>Admins</c> in configuration, and the risk committee's responders, when Teams sent the activity. An
/// activity from another caller the operator allowed (<c>Bot:AllowedCallers</c>) names its own <c>from</c>, so
/// it is never an admin's.
/// </summary>
public sealed class AdminCheck(IConfiguration configuration, ResponderCheck responders)
{
    public const string Section = "Admins";

    public async Task<bool> IsAdminAsync(TurnContext turn, CancellationToken cancellationToken) =>
        !FromAnotherBot(turn) && ((turn.Activity.From?.AadObjectId is { } aad && (configuration.GetSection(Section).Get<string[]>() ?? []).Contains(aad, StringComparer.OrdinalIgnoreCase))
        || await responders.MayActAsync(turn, DepartmentsOptions.RiskCommitteeId, cancellationToken).ConfigureAwait(false));

    private static bool FromAnotherBot(TurnContext turn) =>
        turn.Activity.CallerId?.StartsWith(BotFramework.Authentication.InboundTokenValidator.BotCallerIdPrefix, StringComparison.Ordinal) == true;
}
