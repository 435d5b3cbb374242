using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Cards;
using SocialRiskBot.Conversations;
using SocialRiskBot.Incidents.Summaries;
using SocialRiskBot.Organization.Teams;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>
/// <c>report incidents</c> (this month so far) or <c>report incidents 2026-10</c>: the monthly summary card, for
/// admins only; everyone else is told kindly that it is for admins.
/// </summary>
public sealed class IncidentsAdminConversation(AdminCheck admins, IncidentsSummaryBuilder summaries, CardRenderer cards, TimeProvider time)
{
    internal const string AdminsOnly = "The incidents summary is for admins (the risk committee). Type **my reports** to see the reports you made.";
    internal const string BadMonth = "Type **report incidents** for this month so far, or a month as **report incidents 2026-10**.";

    public async Task ReportAsync(TurnContext turn, IncidentsMonth month, CancellationToken cancellationToken)
    {
        if (!await admins.IsAdminAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            await turn.SendAsync(Replies.Text(AdminsOnly), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!month.Readable)
        {
            await turn.SendAsync(Replies.Text(BadMonth), cancellationToken).ConfigureAwait(false);
            return;
        }

        var now = time.GetUtcNow();
        var chosen = month.Given ?? new DateOnly(now.Year, now.Month, 1);
        var summary = await summaries.BuildAsync(chosen.Year, chosen.Month, cancellationToken).ConfigureAwait(false);
        await turn.SendAsync(Replies.Card(cards.Render(IncidentsSummaryComposer.Card(summary))), cancellationToken).ConfigureAwait(false);
    }
}
