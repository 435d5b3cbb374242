using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Conversations;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Campaigns;

namespace SocialRiskBot.FanOutBench;

/// <summary>
/// N people who have talked to the bot (their conversation references, as the turn pipeline stores them) and
/// one campaign assigning the first module to everyone, as an admin's <c>assign</c> would create it.
/// </summary>
public static class CampaignSeeder
{
    public static string ConversationOf(int recipient) => $"a:fanout-{recipient:D6}";

    public static string UserOf(int recipient) => $"aad-fanout-{recipient:D6}";

    public static async Task SeedAsync(IServiceProvider services, string serviceUrl, int recipients, CancellationToken cancellationToken)
    {
        var references = services.GetRequiredService<ConversationReferenceStore>();
        for (var i = 0; i < recipients; i++)
        {
            await references.RememberAsync(new Activity
            {
                Type = ActivityTypes.Message,
                ServiceUrl = serviceUrl,
                ChannelId = "msteams",
                From = new ChannelAccount { Id = $"29:fanout-{i:D6}", AadObjectId = UserOf(i), Name = $"Person {i}" },
                Recipient = new ChannelAccount { Id = "28:bench-bot" },
                Conversation = new ConversationAccount { Id = ConversationOf(i), ConversationType = "personal", TenantId = "tenant-fanout" },
                LocalTimezone = "Europe/London",
            }, cancellationToken);
        }

        var module = services.GetRequiredService<TrainingCatalog>().Modules[0];
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14);
        await services.GetRequiredService<CampaignStore>().TryAddAsync(
            new Campaign(Campaign.IdOf(module.Id, null, due), module.Id, null, due, "aad-bench-admin", "The risk committee", DateTimeOffset.UtcNow), cancellationToken);
    }
}
