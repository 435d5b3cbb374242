using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Tests.Storage;

/// <summary>The one read-change-write loop: a lost write is decided again on what is stored now; nothing to write ends it.</summary>
public sealed class ReadChangeWriteTests : IAsyncDisposable
{
    private static readonly RowCodec<Tally> Codec = new(
        tally => new Dictionary<string, object?> { ["Count"] = tally.Count },
        row => new Tally(row.Value<int>("Count") ?? 0));

    private readonly StoredRows _rows = new();

    [Fact]
    public async Task An_attempt_whose_write_lost_runs_again_and_the_result_is_that_of_the_write_that_landed()
    {
        var attempts = 0;

        var result = await ReadChangeWrite.RunAsync(_ =>
        {
            var attempt = ++attempts;
            return Task.FromResult(Attempt.Write($"attempt {attempt}", _ => Task.FromResult(attempt == 3)));
        }, CancellationToken.None);

        Assert.Equal((3, "attempt 3"), (attempts, result));
    }

    [Fact]
    public async Task An_attempt_with_nothing_to_write_ends_the_loop_with_its_result()
    {
        var attempts = 0;

        var result = await ReadChangeWrite.RunAsync(_ => Task.FromResult(Attempt.Done(++attempts)), CancellationToken.None);

        Assert.Equal((1, 1), (attempts, result));
    }

    [Fact]
    public async Task A_result_can_come_from_the_write_that_landed()
    {
        var result = await ReadChangeWrite.RunAsync(_ => Task.FromResult(Attempt.Write(_ => Task.FromResult((true, "etag-2")))), CancellationToken.None);

        Assert.Equal("etag-2", result);
    }

    [Fact]
    public async Task Writers_of_one_row_at_once_each_change_it_exactly_once()
    {
        var tallies = new RowTable<Tally>(_rows.Get<ITableStore>(), "Tallies", Codec);

        var seen = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            tallies.ChangeAsync("tally", "one", tally => (new Tally((tally?.Count ?? 0) + 1), (tally?.Count ?? 0) + 1), CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 20), seen.Order());
        Assert.Equal(20, (await tallies.GetAsync("tally", "one", CancellationToken.None))!.Value.Count);
    }

    [Fact]
    public async Task A_change_that_writes_nothing_leaves_the_row_as_it_is()
    {
        var tallies = new RowTable<Tally>(_rows.Get<ITableStore>(), "Tallies", Codec);
        await tallies.UpsertAsync("tally", "one", new Tally(5), CancellationToken.None);
        var before = await tallies.GetAsync("tally", "one", CancellationToken.None);

        var result = await tallies.ChangeAsync("tally", "one", tally => ((Tally?)null, tally!.Count), CancellationToken.None);

        Assert.Equal(5, result);
        Assert.Equal(before!.ETag, (await tallies.GetAsync("tally", "one", CancellationToken.None))!.ETag);
    }

    public ValueTask DisposeAsync() => _rows.DisposeAsync();

    private sealed record Tally(int Count);
}
