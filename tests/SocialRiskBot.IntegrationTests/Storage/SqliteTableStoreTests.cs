using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Storage.Tables.Sqlite;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>The table conformance scenarios on the embedded SQLite backend, in a fresh temporary file.</summary>
public sealed class SqliteTableStoreTests : TableStoreConformance
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "srb-sqlite-" + Guid.NewGuid().ToString("N"));
    private SqliteTableStore? store;

    public override Task DisposeAsync()
    {
        store?.Dispose();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_database_folder_is_created_on_first_use_not_before()
    {
        var path = Path.Combine(folder, "nested", "deeper", "lazy.db");
        using var lazy = new SqliteTableStore(path);
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));

        await lazy.CheckAvailableAsync(CancellationToken.None);

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Rows_survive_reopening_the_file()
    {
        var path = Path.Combine(folder, "reopen.db");
        using (var first = new SqliteTableStore(path))
        {
            var t = await first.GetTableAsync("Reopened", CancellationToken.None);
            await t.AddAsync(new TableRow("p", "r") { Properties = new Dictionary<string, object?> { ["V"] = 7L } }, CancellationToken.None);
        }

        using var second = new SqliteTableStore(path);
        var again = await second.GetTableAsync("reopened", CancellationToken.None);

        Assert.Equal(7L, (await again.GetAsync("p", "r", CancellationToken.None))!.Properties["V"]);
    }

    [Fact]
    public async Task Two_stores_on_one_file_write_side_by_side_like_two_processes()
    {
        var path = Path.Combine(folder, "shared.db");
        using var first = new SqliteTableStore(path);
        using var second = new SqliteTableStore(path);
        var tables = new[]
        {
            await first.GetTableAsync("Shared", CancellationToken.None),
            await second.GetTableAsync("Shared", CancellationToken.None),
        };

        await Task.WhenAll(Enumerable.Range(0, 2).Select(s => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await tables[s].AddAsync(new TableRow("p", $"{s}-{i:D3}"), CancellationToken.None);
            }
        })));

        var count = 0;
        await foreach (var _ in tables[0].QueryAsync("p", null, null, CancellationToken.None))
        {
            count++;
        }

        Assert.Equal(400, count);
    }

    protected override Task<ITableStore> CreateStoreAsync()
    {
        store = new SqliteTableStore(Path.Combine(folder, "tables.db"));
        return Task.FromResult<ITableStore>(store);
    }

    protected override ITableStore CreateUnreachableStore()
    {
        // A folder cannot be created beneath a file, so the database can never be opened.
        Directory.CreateDirectory(folder);
        var blocker = Path.Combine(folder, "not-a-folder");
        File.WriteAllText(blocker, "x");
        return new SqliteTableStore(Path.Combine(blocker, "tables.db"));
    }
}
