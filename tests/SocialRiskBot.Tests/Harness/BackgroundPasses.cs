using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Outbox;
using SocialRiskBot.Training.Outreach;
using SocialRiskBot.Training.Teams;

namespace SocialRiskBot.Tests.Harness;

/// <summary>Runs one pass of a background job by hand, as its hosted service would on its schedule.</summary>
public static class BackgroundPasses
{
    /// <returns>How many training messages were queued.</returns>
    public static Task<int> OutreachAsync(this ConversationHarness bot) =>
        bot.Services.GetRequiredService<TrainingOutreach>().RunAsync(CancellationToken.None);

    /// <returns>How many SLA messages (reminders, escalations, card refreshes) were queued.</returns>
    public static Task<int> SlaPassAsync(this ConversationHarness bot) =>
        bot.Services.GetRequiredService<SocialRiskBot.Incidents.Teams.CaseSlaAlerts>().RunAsync(CancellationToken.None);

    /// <summary>Delivers what the outbox holds; returns the last message sent, as JSON.</summary>
    public static async Task<string> DeliverAsync(this ConversationHarness bot)
    {
        await bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        return ReportDriver.Json(bot.Connector.Calls.Last().Activity!);
    }
}
