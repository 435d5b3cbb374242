using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>
/// What every <see cref="ITableStore"/> backend must do, written once and run against each of them, so the
/// embedded default and production storage cannot drift apart.
/// </summary>
public abstract class TableStoreConformance : IAsyncLifetime
{
    private ITableStore? store;
    private ITable? table;

    protected ITableStore Store => store ?? throw new InvalidOperationException("Not initialised.");

    protected ITable Table => table ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        store = await CreateStoreAsync();
        table = await store.GetTableAsync(NewTableName(), Token);
    }

    public abstract Task DisposeAsync();

    private static CancellationToken Token => CancellationToken.None;

    [Fact]
    public async Task Every_property_type_round_trips_with_its_CLR_type()
    {
        var when = new DateTimeOffset(2025, 3, 14, 15, 9, 26, 535, TimeSpan.Zero);
        var id = Guid.NewGuid();
        var written = Row("p", "r", new()
        {
            ["Text"] = "héllo 'world' 😀",
            ["Empty"] = string.Empty,
            ["Flag"] = true,
            ["Small"] = 42,
            ["Negative"] = -7,
            ["Big"] = 1L << 40,
            ["LongButSmall"] = 5L,
            ["Ratio"] = 0.1,
            ["Whole"] = 3.0,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 2, 254, 255 },
        });

        await Table.AddAsync(written, Token);
        var read = await Table.GetAsync("p", "r", Token);

        Assert.NotNull(read);
        Assert.Equal(written.Properties.Count, read.Properties.Count);
        foreach (var (name, value) in written.Properties)
        {
            Assert.True(read.Properties.TryGetValue(name, out var back), $"{name} is missing");
            Assert.IsType(value!.GetType(), back);
            Assert.Equal(value, back);
        }

        Assert.Equal(TimeSpan.Zero, ((DateTimeOffset)read.Properties["When"]!).Offset);
        Assert.NotNull(read.ETag);
        Assert.NotNull(read.Timestamp);
    }

    [Fact]
    public async Task A_date_with_an_offset_reads_back_as_the_same_instant_in_UTC()
    {
        var local = new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.FromHours(2));
        await Table.AddAsync(Row("p", "r", new() { ["When"] = local }), Token);

        var back = (DateTimeOffset)(await Table.GetAsync("p", "r", Token))!.Properties["When"]!;

        Assert.Equal(local.UtcDateTime, back.UtcDateTime);
        Assert.Equal(TimeSpan.Zero, back.Offset);
    }

    [Fact]
    public async Task A_null_property_reads_back_as_absent_like_Azure_Tables()
    {
        await Table.AddAsync(Row("p", "r", new() { ["Kept"] = "x", ["Nothing"] = null }), Token);

        var read = await Table.GetAsync("p", "r", Token);

        Assert.False(read!.Properties.ContainsKey("Nothing"));
        Assert.Null(read.GetString("Nothing"));
        Assert.Equal("x", read.GetString("Kept"));
    }

    [Fact]
    public async Task Getting_a_missing_row_returns_null()
    {
        Assert.Null(await Table.GetAsync("p", "nobody", Token));
    }

    [Fact]
    public async Task Adding_a_row_twice_is_a_Conflict_and_keeps_the_first()
    {
        await Table.AddAsync(Row("p", "r", new() { ["V"] = 1 }), Token);

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.AddAsync(Row("p", "r", new() { ["V"] = 2 }), Token));

        Assert.Equal(StorageFailure.Conflict, e.Failure);
        Assert.Equal(1, (await Table.GetAsync("p", "r", Token))!.Properties["V"]);
    }

    [Fact]
    public async Task Every_write_returns_a_new_ETag_that_a_read_reports()
    {
        var first = await Table.AddAsync(Row("p", "r", new() { ["V"] = 1 }), Token);
        Assert.Equal(first, (await Table.GetAsync("p", "r", Token))!.ETag);

        var second = await Table.UpdateAsync(Row("p", "r", new() { ["V"] = 1 }) with { ETag = first }, Token);
        var third = await Table.UpsertAsync(Row("p", "r", new() { ["V"] = 1 }), Token);

        Assert.Equal(3, new[] { first, second, third }.Distinct().Count());
        Assert.Equal(third, (await Table.GetAsync("p", "r", Token))!.ETag);
    }

    [Fact]
    public async Task Updating_with_a_stale_ETag_is_PreconditionFailed_and_changes_nothing()
    {
        var stale = await Table.AddAsync(Row("p", "r", new() { ["V"] = 1 }), Token);
        var current = await Table.UpdateAsync(Row("p", "r", new() { ["V"] = 2 }) with { ETag = stale }, Token);

        var e = await Assert.ThrowsAsync<StorageException>(
            () => Table.UpdateAsync(Row("p", "r", new() { ["V"] = 3 }) with { ETag = stale }, Token));

        Assert.Equal(StorageFailure.PreconditionFailed, e.Failure);
        var read = await Table.GetAsync("p", "r", Token);
        Assert.Equal(2, read!.Properties["V"]);
        Assert.Equal(current, read.ETag);
    }

    [Fact]
    public async Task Updating_with_star_replaces_whatever_is_stored()
    {
        await Table.AddAsync(Row("p", "r", new() { ["V"] = 1, ["Gone"] = "soon" }), Token);

        await Table.UpdateAsync(Row("p", "r", new() { ["V"] = 2 }) with { ETag = "*" }, Token);

        var read = await Table.GetAsync("p", "r", Token);
        Assert.Equal(2, read!.Properties["V"]);
        Assert.False(read.Properties.ContainsKey("Gone"), "an update replaces the row, it does not merge");
    }

    [Fact]
    public async Task Updating_a_missing_row_is_NotFound()
    {
        var e = await Assert.ThrowsAsync<StorageException>(
            () => Table.UpdateAsync(Row("p", "nobody", new()) with { ETag = "*" }, Token));

        Assert.Equal(StorageFailure.NotFound, e.Failure);
        Assert.Null(await Table.GetAsync("p", "nobody", Token));
    }

    [Fact]
    public async Task Updating_without_an_ETag_is_Invalid()
    {
        await Table.AddAsync(Row("p", "r", new()), Token);

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.UpdateAsync(Row("p", "r", new()), Token));

        Assert.Equal(StorageFailure.Invalid, e.Failure);
    }

    [Fact]
    public async Task Upsert_inserts_a_new_row_then_replaces_it()
    {
        await Table.UpsertAsync(Row("p", "r", new() { ["V"] = 1, ["Gone"] = true }), Token);
        Assert.Equal(1, (await Table.GetAsync("p", "r", Token))!.Properties["V"]);

        await Table.UpsertAsync(Row("p", "r", new() { ["V"] = 2 }) with { ETag = "stale-and-ignored" }, Token);

        var read = await Table.GetAsync("p", "r", Token);
        Assert.Equal(2, read!.Properties["V"]);
        Assert.False(read.Properties.ContainsKey("Gone"));
    }

    [Fact]
    public async Task Deleting_with_a_stale_ETag_is_PreconditionFailed_and_keeps_the_row()
    {
        var stale = await Table.AddAsync(Row("p", "r", new() { ["V"] = 1 }), Token);
        await Table.UpdateAsync(Row("p", "r", new() { ["V"] = 2 }) with { ETag = stale }, Token);

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.DeleteAsync("p", "r", stale, Token));

        Assert.Equal(StorageFailure.PreconditionFailed, e.Failure);
        Assert.NotNull(await Table.GetAsync("p", "r", Token));
    }

    [Fact]
    public async Task Deleting_with_the_current_ETag_or_none_removes_the_row()
    {
        var etag = await Table.AddAsync(Row("p", "a", new()), Token);
        await Table.AddAsync(Row("p", "b", new()), Token);

        await Table.DeleteAsync("p", "a", etag, Token);
        await Table.DeleteAsync("p", "b", null, Token);

        Assert.Null(await Table.GetAsync("p", "a", Token));
        Assert.Null(await Table.GetAsync("p", "b", Token));
    }

    [Fact]
    public async Task Deleting_a_missing_row_is_fine_whatever_the_ETag()
    {
        await Table.DeleteAsync("p", "nobody", null, Token);
        await Table.DeleteAsync("p", "nobody", "*", Token);
        await Table.DeleteAsync("p", "nobody", "W/\"some-old-etag\"", Token);
    }

    [Fact]
    public async Task A_batch_applies_every_operation_and_returns_their_ETags_in_order()
    {
        var existing = await Table.AddAsync(Row("p", "update", new() { ["V"] = 1 }), Token);
        await Table.AddAsync(Row("p", "delete", new()), Token);

        var etags = await Table.SubmitBatchAsync(
        [
            TableOperation.Add(Row("p", "add", new() { ["V"] = 1 })),
            TableOperation.Update(Row("p", "update", new() { ["V"] = 2 }) with { ETag = existing }),
            TableOperation.Upsert(Row("p", "upsert", new() { ["V"] = 3 })),
            TableOperation.Delete(Row("p", "delete", new())),
        ], Token);

        Assert.Equal(4, etags.Count);
        Assert.Equal((await Table.GetAsync("p", "add", Token))!.ETag, etags[0]);
        Assert.Equal((await Table.GetAsync("p", "update", Token))!.ETag, etags[1]);
        Assert.Equal((await Table.GetAsync("p", "upsert", Token))!.ETag, etags[2]);
        Assert.Null(etags[3]);
        Assert.Equal(2, (await Table.GetAsync("p", "update", Token))!.Properties["V"]);
        Assert.Null(await Table.GetAsync("p", "delete", Token));
    }

    [Fact]
    public async Task A_batch_with_a_conflict_in_the_middle_leaves_no_trace_of_the_others()
    {
        var existing = await Table.AddAsync(Row("p", "taken", new() { ["V"] = "original" }), Token);
        var victimETag = await Table.AddAsync(Row("p", "victim", new() { ["V"] = "original" }), Token);

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(
        [
            TableOperation.Add(Row("p", "new1", new())),
            TableOperation.Update(Row("p", "victim", new() { ["V"] = "changed" }) with { ETag = victimETag }),
            TableOperation.Add(Row("p", "taken", new() { ["V"] = "second" })),
            TableOperation.Upsert(Row("p", "new2", new())),
        ], Token));

        Assert.Equal(StorageFailure.Conflict, e.Failure);
        Assert.Equal(2, e.FailedOperationIndex);
        Assert.Null(await Table.GetAsync("p", "new1", Token));
        Assert.Null(await Table.GetAsync("p", "new2", Token));
        var victim = await Table.GetAsync("p", "victim", Token);
        Assert.Equal("original", victim!.GetString("V"));
        Assert.Equal(victimETag, victim.ETag);
        Assert.Equal(existing, (await Table.GetAsync("p", "taken", Token))!.ETag);
    }

    [Fact]
    public async Task A_batch_with_a_stale_ETag_fails_at_that_operation()
    {
        var stale = await Table.AddAsync(Row("p", "r", new() { ["V"] = 1 }), Token);
        await Table.UpdateAsync(Row("p", "r", new() { ["V"] = 2 }) with { ETag = "*" }, Token);

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(
        [
            TableOperation.Add(Row("p", "other", new())),
            TableOperation.Update(Row("p", "r", new() { ["V"] = 3 }) with { ETag = stale }),
        ], Token));

        Assert.Equal(StorageFailure.PreconditionFailed, e.Failure);
        Assert.Equal(1, e.FailedOperationIndex);
        Assert.Null(await Table.GetAsync("p", "other", Token));
    }

    [Fact]
    public async Task A_batch_delete_with_a_stale_ETag_is_PreconditionFailed_and_keeps_the_row()
    {
        var stale = await Table.AddAsync(Row("p", "r", new() { ["V"] = 1 }), Token);
        await Table.UpsertAsync(Row("p", "r", new() { ["V"] = 2 }), Token);

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(
            [TableOperation.Upsert(Row("p", "other", new())), TableOperation.Delete(Row("p", "r", new()) with { ETag = stale })], Token));

        Assert.Equal(StorageFailure.PreconditionFailed, e.Failure);
        Assert.Equal(1, e.FailedOperationIndex);
        Assert.Equal(2, (await Table.GetAsync("p", "r", Token))!.Properties["V"]);
        Assert.Null(await Table.GetAsync("p", "other", Token));
    }

    [Fact]
    public async Task A_batch_may_delete_a_row_that_is_already_gone()
    {
        var etags = await Table.SubmitBatchAsync(
        [
            TableOperation.Delete(Row("p", "gone", new())),
            TableOperation.Add(Row("p", "added", new())),
        ], Token);

        Assert.Null(etags[0]);
        Assert.Equal((await Table.GetAsync("p", "added", Token))!.ETag, etags[1]);
    }

    [Fact]
    public async Task A_batch_across_partitions_is_Invalid_and_applies_nothing()
    {
        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(
            [TableOperation.Add(Row("p1", "r", new())), TableOperation.Add(Row("p2", "r", new()))], Token));

        Assert.Equal(StorageFailure.Invalid, e.Failure);
        Assert.Null(await Table.GetAsync("p1", "r", Token));
    }

    [Fact]
    public async Task A_batch_of_more_than_100_operations_is_Invalid()
    {
        var operations = Enumerable.Range(0, 101).Select(i => TableOperation.Add(Row("p", $"r{i:D3}", new()))).ToList();

        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(operations, Token));

        Assert.Equal(StorageFailure.Invalid, e.Failure);
        Assert.Null(await Table.GetAsync("p", "r000", Token));
    }

    [Fact]
    public async Task A_batch_of_exactly_100_operations_succeeds()
    {
        var operations = Enumerable.Range(0, 100).Select(i => TableOperation.Add(Row("p", $"r{i:D3}", new()))).ToList();

        var etags = await Table.SubmitBatchAsync(operations, Token);

        Assert.Equal(100, etags.Count);
        Assert.Equal(100, await CountAsync(Table.QueryAsync("p", null, null, Token)));
    }

    [Fact]
    public async Task A_batch_touching_one_row_twice_is_Invalid()
    {
        var e = await Assert.ThrowsAsync<StorageException>(() => Table.SubmitBatchAsync(
            [TableOperation.Add(Row("p", "r", new())), TableOperation.Upsert(Row("p", "r", new()))], Token));

        Assert.Equal(StorageFailure.Invalid, e.Failure);
        Assert.Equal(1, e.FailedOperationIndex);
        Assert.Null(await Table.GetAsync("p", "r", Token));
    }

    [Fact]
    public async Task An_empty_batch_does_nothing()
    {
        Assert.Empty(await Table.SubmitBatchAsync([], Token));
    }

    [Fact]
    public async Task A_range_query_includes_from_excludes_to_and_returns_rows_in_ordinal_order()
    {
        foreach (var key in new[] { "b", "a", "B", "c", "ba", "d", "A" })
        {
            await Table.AddAsync(Row("p", key, new() { ["Key"] = key }), Token);
        }

        await Table.AddAsync(Row("other", "b", new()), Token);

        Assert.Equal(["b", "ba", "c"], await KeysAsync(Table.QueryAsync("p", "b", "d", Token)));
        Assert.Equal(["A", "B", "a"], await KeysAsync(Table.QueryAsync("p", null, "b", Token)));
        Assert.Equal(["c", "d"], await KeysAsync(Table.QueryAsync("p", "c", null, Token)));
        Assert.Equal(["A", "B", "a", "b", "ba", "c", "d"], await KeysAsync(Table.QueryAsync("p", null, null, Token)));
        Assert.Empty(await KeysAsync(Table.QueryAsync("p", "b", "b", Token)));
        Assert.Empty(await KeysAsync(Table.QueryAsync("nobody", null, null, Token)));
    }

    [Fact]
    public async Task A_range_query_returns_rows_with_their_properties_and_ETags()
    {
        var etag = await Table.AddAsync(Row("p", "r", new() { ["Count"] = 3L }), Token);

        var row = Assert.Single(await ToListAsync(Table.QueryAsync("p", null, null, Token)));

        Assert.Equal(etag, row.ETag);
        Assert.Equal("p", row.PartitionKey);
        Assert.Equal(3L, row.Properties["Count"]);
    }

    [Fact]
    public async Task A_large_partition_is_returned_whole_and_in_order()
    {
        const int count = 650;
        for (var start = 0; start < count; start += 100)
        {
            await Table.SubmitBatchAsync(
                Enumerable.Range(start, Math.Min(100, count - start)).Select(i => TableOperation.Add(Row("p", $"{i:D4}", new()))).ToList(),
                Token);
        }

        var keys = await KeysAsync(Table.QueryAsync("p", null, null, Token));

        Assert.Equal(Enumerable.Range(0, count).Select(i => $"{i:D4}"), keys);
        Assert.Equal(100, (await KeysAsync(Table.QueryAsync("p", "0300", "0400", Token))).Count);
    }

    [Fact]
    public async Task Unicode_and_quote_keys_round_trip_and_query()
    {
        string[] keys = ["O'Brien", "Zoë", "日本語", "emoji😀", "Ünïcödé", "it''s"];
        const string partition = "équipe 'α'";
        foreach (var key in keys)
        {
            await Table.AddAsync(Row(partition, key, new() { ["Key"] = key }), Token);
        }

        foreach (var key in keys)
        {
            Assert.Equal(key, (await Table.GetAsync(partition, key, Token))!.GetString("Key"));
        }

        Assert.Equal(keys.Order(StringComparer.Ordinal), await KeysAsync(Table.QueryAsync(partition, null, null, Token)));
        Assert.Equal(["O'Brien"], await KeysAsync(Table.QueryAsync(partition, "O'", "O(", Token)));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("tab\there")]
    [InlineData("new\nline")]
    [InlineData("del\u007f")]
    [InlineData("c1\u0085")]
    public async Task Keys_with_characters_Azure_refuses_are_Invalid(string key)
    {
        await AssertInvalid(() => Table.AddAsync(Row(key, "r", new()), Token));
        await AssertInvalid(() => Table.AddAsync(Row("p", key, new()), Token));
        await AssertInvalid(() => Table.UpsertAsync(Row("p", key, new()), Token));
        await AssertInvalid(() => Table.GetAsync("p", key, Token));
        await AssertInvalid(() => Table.DeleteAsync(key, "r", null, Token));
        await AssertInvalid(() => Table.SubmitBatchAsync([TableOperation.Add(Row("p", key, new()))], Token));
    }

    [Fact]
    public async Task Keys_longer_than_1_KiB_are_Invalid()
    {
        await Table.AddAsync(Row("p", new string('k', 512), new()), Token);

        await AssertInvalid(() => Table.AddAsync(Row("p", new string('k', 513), new()), Token));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("under_score")]
    [InlineData("tables")]
    public async Task Invalid_table_names_are_Invalid(string name)
    {
        await AssertInvalid(() => Store.GetTableAsync(name, Token));
    }

    [Fact]
    public async Task Table_names_ignore_case_and_tables_are_separate()
    {
        var name = NewTableName();
        var lower = await Store.GetTableAsync(name.ToLowerInvariant(), Token);
        var upper = await Store.GetTableAsync(name.ToUpperInvariant(), Token);

        await lower.AddAsync(Row("p", "r", new() { ["V"] = 1 }), Token);

        Assert.Equal(1, (await upper.GetAsync("p", "r", Token))!.Properties["V"]);
        Assert.Null(await Table.GetAsync("p", "r", Token));
    }

    [Fact]
    public async Task Unsupported_property_types_and_reserved_names_are_Invalid()
    {
        await AssertInvalid(() => Table.AddAsync(Row("p", "r", new() { ["Money"] = 1.5m }), Token));
        await AssertInvalid(() => Table.AddAsync(Row("p", "r", new() { ["When"] = DateTime.UtcNow }), Token));
        await AssertInvalid(() => Table.AddAsync(Row("p", "r", new() { ["RowKey"] = "x" }), Token));
        await AssertInvalid(() => Table.AddAsync(Row("p", "r", new() { ["has-dash"] = "x" }), Token));
        await AssertInvalid(() => Table.AddAsync(Row("p", "r", new() { ["Big"] = new string('x', 32 * 1024 + 1) }), Token));
        Assert.Null(await Table.GetAsync("p", "r", Token));
    }

    [Fact]
    public async Task Concurrent_updates_with_the_same_ETag_let_exactly_one_win()
    {
        var etag = await Table.AddAsync(Row("p", "r", new() { ["Winner"] = -1 }), Token);
        const int contenders = 16;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, contenders).Select(i => Task.Run(async () =>
        {
            try
            {
                await Table.UpdateAsync(Row("p", "r", new() { ["Winner"] = i }) with { ETag = etag }, Token);
                return i;
            }
            catch (StorageException e) when (e.Failure == StorageFailure.PreconditionFailed)
            {
                return -1;
            }
        })));

        var winner = Assert.Single(outcomes, o => o >= 0);
        Assert.Equal(winner, (await Table.GetAsync("p", "r", Token))!.Properties["Winner"]);
    }

    [Fact]
    public async Task Concurrent_adds_and_reads_from_many_threads_all_land()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(t => Task.Run(async () =>
        {
            for (var i = 0; i < 25; i++)
            {
                await Table.AddAsync(Row($"p{t}", $"r{i:D2}", new() { ["I"] = i }), Token);
                Assert.Equal(i, (await Table.GetAsync($"p{t}", $"r{i:D2}", Token))!.Properties["I"]);
            }
        })));

        for (var t = 0; t < 8; t++)
        {
            Assert.Equal(25, await CountAsync(Table.QueryAsync($"p{t}", null, null, Token)));
        }
    }

    [Fact]
    public async Task CheckAvailable_succeeds_when_storage_is_reachable()
    {
        await Store.CheckAvailableAsync(Token);
    }

    [Fact]
    public async Task CheckAvailable_reports_unreachable_storage_as_Unavailable()
    {
        var unreachable = CreateUnreachableStore();
        try
        {
            var e = await Assert.ThrowsAsync<StorageException>(() => unreachable.CheckAvailableAsync(Token));
            Assert.Equal(StorageFailure.Unavailable, e.Failure);

            var write = await Assert.ThrowsAsync<StorageException>(async () =>
            {
                var t = await unreachable.GetTableAsync("unreachable", Token);
                await t.AddAsync(Row("p", "r", new()), Token);
            });
            Assert.Equal(StorageFailure.Unavailable, write.Failure);
        }
        finally
        {
            (unreachable as IDisposable)?.Dispose();
        }
    }

    protected abstract Task<ITableStore> CreateStoreAsync();

    /// <summary>A store pointing at storage that cannot be reached, set up to give up quickly.</summary>
    protected abstract ITableStore CreateUnreachableStore();

    protected static string NewTableName() => "t" + Guid.NewGuid().ToString("N")[..20];

    private static TableRow Row(string partitionKey, string rowKey, Dictionary<string, object?> properties) =>
        new(partitionKey, rowKey) { Properties = properties };

    private static async Task AssertInvalid(Func<Task> action)
    {
        var e = await Assert.ThrowsAsync<StorageException>(action);
        Assert.Equal(StorageFailure.Invalid, e.Failure);
    }

    private static async Task<List<TableRow>> ToListAsync(IAsyncEnumerable<TableRow> rows)
    {
        var list = new List<TableRow>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }

        return list;
    }

    private static async Task<List<string>> KeysAsync(IAsyncEnumerable<TableRow> rows) =>
        (await ToListAsync(rows)).Select(r => r.RowKey).ToList();

    private static async Task<int> CountAsync(IAsyncEnumerable<TableRow> rows) => (await ToListAsync(rows)).Count;
}
