using SocialRiskBot.Faq;
using SocialRiskBot.Organization;

namespace SocialRiskBot.Tests.Faq;

/// <summary>The content in content/ is what the bot starts with: it must pass the checker as shipped.</summary>
public class ShippedContentTests
{
    [Fact]
    public void The_shipped_faq_covers_every_topic_with_at_least_forty_entries_and_no_problems()
    {
        var departments = DepartmentsOptions.Defaults.Select(d => d.Id).ToList();

        var (content, problems) = FaqContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "content"), departments);

        Assert.Empty(problems);
        Assert.True(content!.Entries.Count >= 40, $"only {content.Entries.Count} entries");
        Assert.Equal(FaqTopics.All.Order(), content.Entries.Select(e => e.Topic).Distinct().Order());
    }
}
