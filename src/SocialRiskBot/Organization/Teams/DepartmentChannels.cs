using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Conversations;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Organization.Teams;

/// <summary>
/// Where a department's posts go: its Teams channel, or the risk committee's when it has none, and the service
/// URL that reaches it (the channel's own when the bot has heard from that team, else the current turn's: same tenant).
/// </summary>
public sealed class DepartmentChannels(DepartmentDirectory departments, ConversationReferenceStore references)
{
    /// <returns>Null when neither the department nor the risk committee has a channel configured.</returns>
    public async Task<ChannelTarget?> FindAsync(string departmentId, TurnContext turn, CancellationToken cancellationToken) =>
        await FindAsync(departmentId, turn.Activity.ServiceUrl!, cancellationToken).ConfigureAwait(false);

    /// <param name="fallbackServiceUrl">Used when the bot has not heard from the channel (background jobs pass one they stored).</param>
    /// <returns>Null when no channel is configured, or when no service URL is known to reach it.</returns>
    public async Task<ChannelTarget?> FindAsync(string departmentId, string? fallbackServiceUrl, CancellationToken cancellationToken)
    {
        var channelId = departments.Find(departmentId)?.ChannelId ?? departments.Find(DepartmentsOptions.RiskCommitteeId)?.ChannelId;
        if (channelId is null)
        {
            return null;
        }

        var serviceUrl = (await references.FindChannelAsync(channelId, cancellationToken).ConfigureAwait(false))?.ServiceUrl ?? fallbackServiceUrl;
        return serviceUrl is null ? null : new ChannelTarget(channelId, serviceUrl);
    }
}

/// <summary>A channel to start threads in, and where to reach it.</summary>
public sealed record ChannelTarget(string ChannelId, string ServiceUrl);
