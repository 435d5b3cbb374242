using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Cli;
using SocialRiskBot.Conversations;
using SocialRiskBot.Faq;
using SocialRiskBot.Faq.Teams;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Conversations;

/// <summary>Content owners see what the FAQ could not answer, grouped with counts: in chat (admins only) and from the command line.</summary>
public sealed class FaqGapsTests : IAsyncDisposable
{
    private readonly ConversationHarness _bot = new(settings: new Dictionary<string, string?>(ReportDriver.Departments) { ["Admins:0"] = "AAD-ALEX" });

    [Fact]
    public async Task Similar_unanswered_questions_are_one_group_with_their_count()
    {
        await AskAsync("how do I expense linkedin premium", "how can I expense LinkedIn Premium?", "expense linkedin premium", "where is the canteen menu");

        var report = await _bot.Services.GetRequiredService<FaqGaps>().BuildAsync(TimeSpan.FromDays(90), CancellationToken.None);

        Assert.Equal(4, report.Unanswered);
        Assert.Equal([3, 1], report.Gaps.Select(g => g.Count));
        Assert.Contains("expense", report.Gaps[0].Examples[0], StringComparison.OrdinalIgnoreCase);
        var lines = FaqGapsText.Lines(report, id => id).ToList();
        Assert.Contains(lines, l => l.Contains("3 × \"how do I expense linkedin premium\"  (3 unanswered)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Questions_that_mean_the_same_in_other_words_are_one_group_each_with_advice()
    {
        await AskAsync("can I expense linkedin premium", "will the company pay for my LinkedIn Premium subscription", "are we allowed to be on bluesky", "what's the rule for joining bluesky");

        var report = await _bot.Services.GetRequiredService<FaqGaps>().BuildAsync(TimeSpan.FromDays(90), CancellationToken.None);

        Assert.Equal([2, 2], report.Gaps.Select(g => g.Count));
        Assert.All(report.Gaps, g => Assert.Equal(2, g.Examples.Count));
        Assert.Contains(report.Gaps, g => g.Examples.All(e => e.Contains("linkedin", StringComparison.OrdinalIgnoreCase)));
        var advice = FaqGapsText.Lines(report, id => id).Where(l => l.StartsWith("       → ", StringComparison.Ordinal)).ToList();
        Assert.Equal(report.Gaps.Select(g => "       → " + g.Advice), advice);
    }

    [Fact]
    public async Task Answered_questions_are_not_gaps_but_not_helpful_ones_are()
    {
        await AskAsync("Who is allowed to post on the company's official social-media accounts?");
        var answered = (await FaqConversationTests.QuestionsAsync(_bot)).Single();

        var before = await _bot.Services.GetRequiredService<FaqGaps>().BuildAsync(TimeSpan.FromDays(90), CancellationToken.None);
        await _bot.Services.GetRequiredService<AskedQuestionStore>().UpdateAsync(answered.Id, q => q with { Helpful = false }, CancellationToken.None);
        var after = await _bot.Services.GetRequiredService<FaqGaps>().BuildAsync(TimeSpan.FromDays(90), CancellationToken.None);

        Assert.Empty(before.Gaps);
        Assert.Equal(1, Assert.Single(after.Gaps).NotHelpful);
    }

    [Fact]
    public async Task An_admin_gets_the_gaps_card()
    {
        await AskAsync("how do I expense linkedin premium", "expense linkedin premium");

        var card = ReportDriver.Json(Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("faq gaps"))));

        Assert.Contains("FAQ gaps", card, StringComparison.Ordinal);
        Assert.Contains("2 × 2 unanswered", card, StringComparison.Ordinal);
        Assert.Contains("expense linkedin premium", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_else_is_told_the_gaps_are_for_content_owners()
    {
        var reply = Assert.Single(await _bot.SendAsync(_bot.PersonalMessage("faq gaps", userId: "29:sam", name: "Sam Tran")));

        Assert.Equal(FaqGapsConversation.AdminsOnly, reply.Text);
    }

    private async Task AskAsync(params string[] questions)
    {
        foreach (var question in questions)
        {
            await _bot.SendAsync(_bot.PersonalMessage(question));
        }
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
