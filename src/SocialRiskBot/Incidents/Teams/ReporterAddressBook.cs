using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents;
using SocialRiskBot.Incidents.Anonymity;
using SocialRiskBot.Outbox;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// Addresses <c>reporter:&lt;reporter key&gt;</c>: a case's reporter, reached in their personal chat. Messages
/// to reporters are stored with the case under this address, never with the reporter's conversation, and an
/// anonymous reporter's alias is followed through <see cref="ReporterLinks"/> only when the message is sent.
/// </summary>
public sealed class ReporterAddressBook(ReporterLinks links, ConversationReferenceStore references) : IOutboxAddressBook
{
    public const string AddressScheme = "reporter";

    public string Scheme => AddressScheme;

    public static string AddressOf(Incident incident) => $"{AddressScheme}:{incident.ReporterKey}";

    public async Task<OutboxAddress?> ResolveAsync(string key, CancellationToken cancellationToken)
    {
        var userKey = AnonymousReporter.IsAlias(key) ? await links.FindUserAsync(key, cancellationToken).ConfigureAwait(false) : key;
        return userKey is not null && await references.FindUserAsync(userKey, cancellationToken).ConfigureAwait(false) is { ConversationId: { } chat } reference
            ? new OutboxAddress(reference.ServiceUrl, chat, reference.TenantId)
            : null;
    }
}
