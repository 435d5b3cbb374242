using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialRiskBot.Content;
using SocialRiskBot.Hosting;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Content;

/// <summary>The bot checks the shipped content against its own configuration when it starts.</summary>
public sealed class StartupReferenceCheckTests
{
    [Fact]
    public async Task With_the_default_configuration_the_shipped_content_passes_and_the_check_runs_at_startup()
    {
        await using var bot = new ConversationHarness();

        Assert.NotNull(bot.Services.GetRequiredService<ContentReferences>());
        Assert.Contains(bot.Services.GetServices<IHostedService>(), s => s is LoadAtStartup<ContentReferences>);
    }

    [Fact]
    public async Task Departments_and_categories_removed_from_configuration_stop_startup_naming_each_file_and_line_that_still_names_them()
    {
        await using var bot = new ConversationHarness(settings: new Dictionary<string, string?>
        {
            ["Departments:0:Id"] = "risk-committee",
            ["Departments:0:Name"] = "Risk committee",
            ["Departments:1:Id"] = "hr",
            ["Departments:1:Name"] = "HR",
            ["Incidents:Categories:0:Id"] = "other",
            ["Incidents:Categories:0:Label"] = "Something else",
            ["Incidents:Categories:0:Description"] = "Any social-media problem.",
            ["Incidents:Categories:0:Owner"] = "risk-committee",
            ["Incidents:Categories:0:Severity"] = "Medium",
            ["Incidents:Categories:0:Advice:0"] = "Don't reply or share it.",
            ["Incidents:Categories:0:Advice:1"] = "Do keep the link.",
        });

        var refused = Assert.Throws<ContentException>(() => bot.Services.GetRequiredService<ContentReferences>());

        Assert.Contains(refused.Problems, p => p.File == "content/faq.yaml" && p.Line > 0
            && p.Message == "answer: '{department:investor-relations}': 'investor-relations' is not a configured department (there are: risk-committee, hr)");
        Assert.Contains(refused.Problems, p => p.File == "content/training/spot-and-report.yaml" && p.Line > 0
            && p.Message.StartsWith("text: '{category:account-compromise}': 'account-compromise' is not a configured incident category", StringComparison.Ordinal));
        Assert.Contains("content/faq.yaml:", refused.Message, StringComparison.Ordinal);
    }
}
