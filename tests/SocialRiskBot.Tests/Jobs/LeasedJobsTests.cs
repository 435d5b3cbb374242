using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialRiskBot.Jobs;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Jobs;

/// <summary>Every feature's background job runs in the one leased-job host, under the lease name stored in its row.</summary>
public sealed class LeasedJobsTests
{
    [Fact]
    public async Task Each_feature_job_runs_once_behind_its_own_lease_name()
    {
        await using var bot = new ConversationHarness();

        var names = bot.Services.GetServices<IHostedService>()
            .Where(s => s.GetType().IsGenericType && s.GetType().GetGenericTypeDefinition() == typeof(LeasedJobHost<>))
            .Select(s => ((ILeasedJob)bot.Services.GetRequiredService(s.GetType().GetGenericArguments()[0])).Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["case-purge", "case-sla", "faq-reminders", "incidents-summary", "outbox-dispatch", "training-outreach"], names);
    }
}
