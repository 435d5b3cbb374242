using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables.Sqlite;

namespace SocialRiskBot.IntegrationTests.Storage;

/// <summary>
/// Writes queued while the writer is busy are committed together in one transaction; each is undone alone when
/// it fails, and none is reported done before its transaction commits.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("srb-group-").FullName;
    private readonly SqliteDatabase database;

    public SqliteGroupCommitTests()
    {
        database = new SqliteDatabase(Path.Combine(folder, "group.db"));
    }

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Writes_queued_behind_a_busy_writer_commit_together_and_a_failing_one_is_undone_alone()
    {
        await database.WriteAsync(0, static (s, _) => s.Execute("CREATE TABLE t (k TEXT PRIMARY KEY)"), CancellationToken.None);
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => database.WriteAsync(0, (s, _) =>
        {
            entered.Set();
            release.Wait();
            return Insert(s, "a");
        }, CancellationToken.None));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));

        var fine = database.WriteAsync(0, static (s, _) => Insert(s, "b"), CancellationToken.None);
        var halfDone = database.WriteAsync<int, int>(0, static (s, _) =>
        {
            Insert(s, "c");
            throw new InvalidOperationException("fails after its first row");
        }, CancellationToken.None);
        var duplicate = database.WriteAsync(0, static (s, _) => Insert(s, "b"), CancellationToken.None);
        var last = database.WriteAsync(0, static (s, _) => Insert(s, "e"), CancellationToken.None);
        var rowsBefore = Count("SELECT count(*) FROM t");

        // Nothing queued has run: it waits for the writer, and so is not reported done.
        Assert.False(fine.IsCompleted);
        Assert.Equal(0, rowsBefore);
        release.Set();

        Assert.Equal(1, await first);
        Assert.Equal(1, await fine);
        Assert.Equal(1, await last);
        await Assert.ThrowsAsync<InvalidOperationException>(() => halfDone);
        var conflict = await Assert.ThrowsAsync<StorageException>(() => duplicate);
        Assert.Equal(StorageFailure.Conflict, conflict.Failure);
        Assert.Equal(["a", "b", "e"], Keys());
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_while_it_waited_is_cancelled_and_not_run()
    {
        await database.WriteAsync(0, static (s, _) => s.Execute("CREATE TABLE t (k TEXT PRIMARY KEY)"), CancellationToken.None);
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = Task.Run(() => database.WriteAsync(0, (s, _) =>
        {
            entered.Set();
            release.Wait();
            return Insert(s, "a");
        }, CancellationToken.None));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(30)));
        using var giveUp = new CancellationTokenSource();
        var abandoned = database.WriteAsync(0, static (s, _) => Insert(s, "x"), giveUp.Token);

        giveUp.Cancel();
        release.Set();

        await first;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal(["a"], Keys());
    }

    [Fact]
    public async Task Many_writers_at_once_each_get_their_own_outcome()
    {
        await database.WriteAsync(0, static (s, _) => s.Execute("CREATE TABLE t (k TEXT PRIMARY KEY)"), CancellationToken.None);

        // 400 writers on the thread pool, every key written twice: one of each pair wins, the other conflicts.
        var writes = Enumerable.Range(0, 400).Select(i => Task.Run(() => database.WriteAsync(i % 200, static (s, n) => Insert(s, $"k{n:D3}"), CancellationToken.None))).ToList();
        var outcomes = await Task.WhenAll(writes.Select(async w =>
        {
            try
            {
                return await w;
            }
            catch (StorageException e) when (e.Failure == StorageFailure.Conflict)
            {
                return 0;
            }
        }));

        Assert.Equal(200, outcomes.Count(o => o == 1));
        Assert.Equal(200, Keys().Count);
    }

    private static int Insert(SqliteSession session, string key)
    {
        var command = session.Command("INSERT INTO t (k) VALUES ($k)", "$k");
        command.Parameters[0].Value = key;
        return command.ExecuteNonQuery();
    }

    private int Count(string sql) => database.Read(sql, static (s, q) => Convert.ToInt32(s.Command(q).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));

    private List<string> Keys() => database.Read(0, static (s, _) =>
    {
        using var reader = s.Command("SELECT k FROM t ORDER BY k").ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }).ToList();
}
