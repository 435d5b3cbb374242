using System.Collections.Concurrent;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Organization.Teams;

/// <summary>
/// Who may act on a case: the owning department's responders (listed in configuration, or members of its
/// team) and the risk committee's. Team membership is asked of the connector and remembered for a while.
/// With nothing configured to check against, nobody may act: the check fails closed.
/// </summary>
public sealed class ResponderCheck(DepartmentDirectory departments, ConnectorClient connector, TimeProvider time)
{
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<(string Team, string User), (bool Member, DateTimeOffset Until)> _members = new();

    public async Task<bool> MayActAsync(TurnContext turn, string ownerId, CancellationToken cancellationToken)
    {
        var actor = turn.Activity.From;
        if (actor?.Id is null)
        {
            return false;
        }

        foreach (var department in new[] { departments.Find(ownerId), departments.Find(DepartmentsOptions.RiskCommitteeId) })
        {
            if (department is null)
            {
                continue;
            }

            if (actor.AadObjectId is { } aad && department.Responders.Contains(aad.ToLowerInvariant()))
            {
                return true;
            }

            if (department.TeamId is { } team && await IsTeamMemberAsync(turn, team, actor.Id, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<bool> IsTeamMemberAsync(TurnContext turn, string teamId, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_members.TryGetValue((teamId, userId), out var known) && known.Until > now)
        {
            return known.Member;
        }

        bool member;
        try
        {
            member = await connector.GetMemberAsync(turn.Activity.ServiceUrl!, teamId, userId, cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (ConnectorException)
        {
            return false; // not remembered: the next press asks again
        }

        _members[(teamId, userId)] = (member, now + Remember);
        return member;
    }
}
