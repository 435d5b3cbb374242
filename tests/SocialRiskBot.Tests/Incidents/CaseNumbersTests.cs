using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Incidents;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Incidents;

public sealed class CaseNumbersTests : IAsyncLifetime
{
    private readonly TempStorage _storage = new();

    [Fact]
    public async Task The_first_cases_of_a_year_are_numbered_from_one()
    {
        var numbers = Numbers(_storage.StartInstance());

        Assert.Equal("SMR-2026-0001", (await numbers.NextAsync(2026, CancellationToken.None)).ToString());
        Assert.Equal("SMR-2026-0002", (await numbers.NextAsync(2026, CancellationToken.None)).ToString());
    }

    [Fact]
    public async Task Each_year_counts_on_its_own()
    {
        var numbers = Numbers(_storage.StartInstance());

        await numbers.NextAsync(2026, CancellationToken.None);
        await numbers.NextAsync(2026, CancellationToken.None);
        var newYear = await numbers.NextAsync(2027, CancellationToken.None);
        var lateFiling = await numbers.NextAsync(2026, CancellationToken.None);

        Assert.Equal(("SMR-2027-0001", "SMR-2026-0003"), (newYear.ToString(), lateFiling.ToString()));
    }

    [Fact]
    public async Task After_case_9999_the_numbers_grow_a_digit()
    {
        var services = _storage.StartInstance();
        var counters = await services.GetRequiredService<ITableStore>().GetTableAsync("CaseCounters", CancellationToken.None);
        await counters.AddAsync(new TableRow("year", "2026") { Properties = new Dictionary<string, object?> { ["Last"] = 9998 } }, CancellationToken.None);
        var numbers = Numbers(services);

        Assert.Equal("SMR-2026-9999", (await numbers.NextAsync(2026, CancellationToken.None)).ToString());
        Assert.Equal("SMR-2026-10000", (await numbers.NextAsync(2026, CancellationToken.None)).ToString());
    }

    [Fact]
    public async Task Fifty_reports_submitted_at_the_same_moment_get_fifty_different_consecutive_numbers()
    {
        var numbers = Numbers(_storage.StartInstance());

        var issued = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => numbers.NextAsync(2026, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 50), issued.Select(n => n.Sequence).Order());
    }

    [Fact]
    public async Task Two_servers_sharing_the_database_never_hand_out_the_same_number()
    {
        CaseNumbers[] servers = [Numbers(_storage.StartInstance()), Numbers(_storage.StartInstance())];

        var issued = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => servers[i % 2].NextAsync(2026, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 50), issued.Select(n => n.Sequence).Order());
    }

    [Fact]
    public async Task A_restarted_server_carries_on_where_the_count_stopped()
    {
        var before = _storage.StartInstance();
        await Numbers(before).NextAsync(2026, CancellationToken.None);
        await before.DisposeAsync();

        var after = await Numbers(_storage.StartInstance()).NextAsync(2026, CancellationToken.None);

        Assert.Equal("SMR-2026-0002", after.ToString());
    }

    [Theory]
    [InlineData(999)]
    [InlineData(10000)]
    public async Task A_year_that_cannot_be_written_in_four_digits_is_refused_before_any_number_is_drawn(int year)
    {
        var numbers = Numbers(_storage.StartInstance());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => numbers.NextAsync(year, CancellationToken.None));

        Assert.Equal("SMR-2026-0001", (await numbers.NextAsync(2026, CancellationToken.None)).ToString());
    }

    private static CaseNumbers Numbers(IServiceProvider services) => services.GetRequiredService<CaseNumbers>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _storage.DisposeAsync();
}
