using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>A report in progress survives a restart, and two taps on one card move it once.</summary>
public sealed class ReportDraftsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 0, 0, TimeSpan.Zero);
    private readonly TempStorage _storage = new();

    [Fact]
    public async Task A_draft_saved_by_one_instance_is_found_by_the_next_with_its_details()
    {
        var details = new ReportDetails("instagram", "https://instagram.com/p/abc", Now, "Posted ads", IncidentFacts.None);
        var draft = ReportDraft.Start("aad-alex", Now) with { CategoryId = "account-compromise", Details = details, Step = ReportStep.Reviewing };
        Assert.True(await Drafts(_storage.StartInstance()).TrySaveAsync(draft, null, CancellationToken.None));

        var (found, etag) = await Drafts(_storage.StartInstance()).GetAsync("aad-alex", CancellationToken.None);

        Assert.Equal(draft, found! with { EvidenceFiles = draft.EvidenceFiles }); // lists compare by reference
        Assert.Empty(found.EvidenceFiles);
        Assert.NotNull(etag);
    }

    [Fact]
    public async Task Two_taps_on_one_card_move_the_draft_once()
    {
        var drafts = Drafts(_storage.StartInstance());
        await drafts.TrySaveAsync(ReportDraft.Start("aad-alex", Now), null, CancellationToken.None);
        var (draft, etag) = await drafts.GetAsync("aad-alex", CancellationToken.None);

        var results = await Task.WhenAll(
            drafts.TrySaveAsync(draft!.Next(ReportStep.EnteringDetails) with { CategoryId = "phishing-scam" }, etag, CancellationToken.None),
            drafts.TrySaveAsync(draft.Next(ReportStep.EnteringDetails) with { CategoryId = "wrong-post" }, etag, CancellationToken.None));

        Assert.Single(results, saved => saved);
        Assert.Equal(2, (await drafts.GetAsync("aad-alex", CancellationToken.None)).Draft!.Version);
    }

    [Fact]
    public void A_draft_expires_a_day_after_it_was_started()
    {
        var draft = ReportDraft.Start("aad-alex", Now);
        Assert.False(draft.IsExpired(Now.AddHours(23).AddMinutes(59)));
        Assert.True(draft.IsExpired(Now.AddHours(24)));
    }

    private static ReportDrafts Drafts(IServiceProvider services) => services.GetRequiredService<ReportDrafts>();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();
}
