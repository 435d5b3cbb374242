using System.Security.Claims;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.BotFramework.Hosting;

/// <summary>
/// One inbound activity and the means to answer it. Replies go to the connector, or, when the caller asked
/// for <c>expectReplies</c>, into the HTTP response instead.
/// </summary>
public sealed class TurnContext(Activity activity, ClaimsIdentity identity, ConnectorClient connector)
{
    private readonly List<Activity>? _buffered =
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal) ? [] : null;

    public Activity Activity { get; } = activity;

    public ClaimsIdentity Identity { get; } = identity;

    /// <summary>Set by the handler for invokes; becomes the HTTP status and body. None = 501.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    internal IReadOnlyList<Activity>? BufferedReplies => _buffered;

    /// <summary>Sends a reply in this conversation; addressing fields left empty are filled from the inbound activity.</summary>
    /// <returns>The id of the sent message when the channel gives one.</returns>
    public async Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        Address(reply);
        if (_buffered is not null)
        {
            lock (_buffered)
            {
                _buffered.Add(reply);
            }

            return null;
        }

        var conversationId = Activity.Conversation!.Id!;
        var response = string.IsNullOrEmpty(reply.ReplyToId)
            ? await connector.SendToConversationAsync(Activity.ServiceUrl!, conversationId, reply, cancellationToken).ConfigureAwait(false)
            : await connector.ReplyToActivityAsync(Activity.ServiceUrl!, conversationId, reply.ReplyToId, reply, cancellationToken).ConfigureAwait(false);
        return response.Id;
    }

    /// <summary>Replaces a message the bot sent earlier in this conversation (e.g. a card after its submit).</summary>
    public async Task UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        Address(replacement);
        replacement.Id = activityId;
        if (_buffered is not null)
        {
            lock (_buffered)
            {
                _buffered.Add(replacement);
            }

            return;
        }

        await connector.UpdateActivityAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, replacement, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A member of this conversation as the channel knows them (name, email, Entra id); null when unknown.</summary>
    public Task<ChannelAccount?> GetMemberAsync(string userId, CancellationToken cancellationToken) =>
        connector.GetMemberAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, userId, cancellationToken);

    private void Address(Activity outgoing)
    {
        var template = Activity.CreateReply();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.From ??= template.From;
        outgoing.Recipient ??= template.Recipient;
        outgoing.Conversation ??= template.Conversation;
        outgoing.ChannelId ??= template.ChannelId;
        outgoing.ReplyToId ??= template.ReplyToId;
        outgoing.Locale ??= template.Locale;
    }
}
