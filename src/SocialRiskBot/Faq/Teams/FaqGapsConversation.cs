using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Organization.Teams;

namespace SocialRiskBot.Faq.Teams;

/// <summary><c>faq gaps</c> in chat: the gaps card, for admins only (configured ids, or the risk committee's team).</summary>
public sealed class FaqGapsConversation(FaqGaps gaps, FaqCardComposer composer, CardRenderer cards, AdminCheck admins)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    internal const string AdminsOnly =
        "The FAQ gaps are for the content owners (the risk committee), so I can't show them to you. If you think the FAQ is missing something, just ask me the question: unanswered questions reach them.";

    public async Task ShowAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!await admins.IsAdminAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.SendAsync(Replies.Text(AdminsOnly), cancellationToken).ConfigureAwait(false);
            return;
        }

        var report = await gaps.BuildAsync(Window, cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Replies.Card(cards.Render(composer.Gaps(report))), cancellationToken).ConfigureAwait(false);
    }
}
