using System.Collections.Concurrent;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Conversations;

/// <summary>
/// Stores, and refreshes when it changes, a <see cref="ConversationReference"/> for every user and channel
/// the bot hears from. Writes only when something changed (serviceUrl "is stable but can change").
/// </summary>
public sealed class ConversationReferenceStore(ITableStore store, TimeProvider time)
{
    private const string TableName = "ConversationReferences";
    private const string UserPartition = "user";
    private const string ChannelPartition = "channel";

    private readonly ConcurrentDictionary<(string, string), ConversationReference> _written = new();
    private readonly RowTable<ConversationReference> _references = new(store, TableName, Codec(time));

    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.Id is not { Length: > 0 } userId || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        var channelData = activity.GetTeamsChannelData();
        var personal = activity.IsPersonalChat();
        var user = new ConversationReference(
            activity.ServiceUrl!,
            personal ? conversationId : null,
            userId,
            activity.From.AadObjectId,
            activity.GetTenantId(),
            activity.GetLocale(),
            activity.GetTimeZone(),
            activity.ChannelId,
            activity.Recipient?.Id,
            channelData.Team?.Id);
        await SaveAsync(UserPartition, activity.From.AadObjectId ?? userId, user, keepConversation: !personal, cancellationToken).ConfigureAwait(false);

        if (activity.Conversation.ConversationType is "channel")
        {
            var channelId = ChannelOf(conversationId);
            var channel = user with { ConversationId = channelId, UserId = null, AadObjectId = null, Locale = null, TimeZone = null };
            await SaveAsync(ChannelPartition, channelId, channel, keepConversation: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <param name="userKey">The user's Entra object id, or their channel user id when they have none.</param>
    public Task<ConversationReference?> FindUserAsync(string userKey, CancellationToken cancellationToken) =>
        ReadAsync(UserPartition, userKey, cancellationToken);

    /// <summary>Every user the bot has heard from, with their key (Entra object id, else channel user id).</summary>
    public async IAsyncEnumerable<(string UserKey, ConversationReference Reference)> UsersAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var (reference, _) in _references.QueryAsync(UserPartition, null, null, cancellationToken).ConfigureAwait(false))
        {
            if ((reference.AadObjectId ?? reference.UserId) is { } key)
            {
                yield return (key, reference);
            }
        }
    }

    public Task<ConversationReference?> FindChannelAsync(string channelId, CancellationToken cancellationToken) =>
        ReadAsync(ChannelPartition, ChannelOf(channelId), cancellationToken);

    private async Task SaveAsync(string partition, string key, ConversationReference candidate, bool keepConversation, CancellationToken cancellationToken)
    {
        var cacheKey = (partition, key);
        _written.TryGetValue(cacheKey, out var known);
        if (keepConversation)
        {
            // Heard from in a channel: keep the personal chat we already know of.
            known ??= await ReadAsync(partition, key, cancellationToken).ConfigureAwait(false);
            candidate = candidate with { ConversationId = known?.ConversationId };
        }

        if (candidate == known)
        {
            return;
        }

        await _references.UpsertAsync(partition, TableKeys.Encode(key), candidate, cancellationToken).ConfigureAwait(false);
        _written[cacheKey] = candidate;
    }

    private async Task<ConversationReference?> ReadAsync(string partition, string key, CancellationToken cancellationToken) =>
        (await _references.GetAsync(partition, TableKeys.Encode(key), cancellationToken).ConfigureAwait(false))?.Value;

    /// <summary>One column per field of the reference, and when it was written.</summary>
    private static RowCodec<ConversationReference> Codec(TimeProvider time) => new(
        reference => new Dictionary<string, object?>
        {
            [nameof(reference.ServiceUrl)] = reference.ServiceUrl,
            [nameof(reference.ConversationId)] = reference.ConversationId,
            [nameof(reference.UserId)] = reference.UserId,
            [nameof(reference.AadObjectId)] = reference.AadObjectId,
            [nameof(reference.TenantId)] = reference.TenantId,
            [nameof(reference.Locale)] = reference.Locale,
            [nameof(reference.TimeZone)] = reference.TimeZone,
            [nameof(reference.ChannelId)] = reference.ChannelId,
            [nameof(reference.BotId)] = reference.BotId,
            [nameof(reference.TeamId)] = reference.TeamId,
            ["UpdatedAt"] = time.GetUtcNow(),
        },
        row => new ConversationReference(
            row.GetString(nameof(ConversationReference.ServiceUrl)) ?? string.Empty,
            row.GetString(nameof(ConversationReference.ConversationId)),
            row.GetString(nameof(ConversationReference.UserId)),
            row.GetString(nameof(ConversationReference.AadObjectId)),
            row.GetString(nameof(ConversationReference.TenantId)),
            row.GetString(nameof(ConversationReference.Locale)),
            row.GetString(nameof(ConversationReference.TimeZone)),
            row.GetString(nameof(ConversationReference.ChannelId)),
            row.GetString(nameof(ConversationReference.BotId)),
            row.GetString(nameof(ConversationReference.TeamId))));

    /// <summary>A reply thread <c>19:…;messageid=…</c> belongs to its channel.</summary>
    private static string ChannelOf(string conversationId)
    {
        var semicolon = conversationId.IndexOf(';', StringComparison.Ordinal);
        return semicolon < 0 ? conversationId : conversationId[..semicolon];
    }
}
