using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Jobs;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.IntegrationTests.Outbox;

/// <summary>
/// The outbox on real SQLite storage with a loopback Kestrel playing Teams: a message committed with its
/// state change is delivered once, survives a connector outage, is given up when Teams refuses it.
/// </summary>
public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private const string StateTable = "OutboxTestState";
    private const string Partition = "2026-11";

    private readonly string _folder = Directory.CreateTempSubdirectory("srb-outbox-").FullName;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingObserver _observer = new();
    private LoopbackServer _teams = null!;
    private ServiceProvider _services = null!;

    private string ServiceUrl => new Uri(_teams.BaseUrl, "amer/").AbsoluteUri;

    private OutboxDispatcher Dispatcher => _services.GetRequiredService<OutboxDispatcher>();

    public async Task InitializeAsync()
    {
        _teams = await LoopbackServer.StartAsync();
        _services = BuildServices();
    }

    /// <summary>The bot's outbox on this test's SQLite file; called again, it is a restarted process.</summary>
    private ServiceProvider BuildServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(_folder, "bot.db"),
            ["Bot:TrustedServiceUrls:0"] = _teams.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:Connector:MaxRetries"] = "0",
            // The clock here is fake and stands still: a limit of 50 a second would never free a slot again.
            ["Bot:Connector:TenantRequestsPerSecond"] = "1000",
            ["Outbox:RetryBaseDelay"] = "00:00:05",
            ["Bot:AllowUnauthenticated"] = "true", // no app id, outside Development
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = _folder })
            .AddSingleton<TimeProvider>(_time)
            .AddLogging();
        services.AddBotFramework();
        services.AddStorage();
        services.AddOutbox();
        services.AddSingleton<IOutboxObserver>(_observer);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_case_card_committed_with_its_case_starts_a_channel_thread_once_and_the_feature_learns_the_thread()
    {
        _teams.Respond = (_, _) => Task.FromResult(new LoopbackResponse(201, """{"id":"19:it@thread.tacv2;messageid=77","activityId":"77"}"""));
        await CommitAsync("SMR-2026-0001", OutboxKind.StartChannelThread, "19:it@thread.tacv2");

        Assert.Equal(1, await Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(CancellationToken.None));

        var request = Assert.Single(_teams.Requests);
        Assert.Equal("/amer/v3/conversations", request.PathAndQuery);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("19:it@thread.tacv2", body.RootElement.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("Case SMR-2026-0001", body.RootElement.GetProperty("activity").GetProperty("text").GetString());
        Assert.Equal(("SMR-2026-0001", "19:it@thread.tacv2;messageid=77", "77"), Assert.Single(_observer.Delivered));
        Assert.Empty(await OutboxRowsAsync());
    }

    [Fact]
    public async Task While_the_connector_is_down_the_message_waits_and_goes_out_once_it_recovers()
    {
        var up = false;
        _teams.Respond = (_, _) => Task.FromResult(up ? new LoopbackResponse(201, """{"id":"m1"}""") : new LoopbackResponse(503));
        await CommitAsync("SMR-2026-0002", OutboxKind.Send, "a:reporter");

        Assert.Equal(0, await Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(CancellationToken.None)); // not due again yet: no hammering
        Assert.Single(_teams.Requests);

        up = true;
        _time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(2, _teams.Requests.Count);
        Assert.Single(_observer.Delivered);
        Assert.Empty(await OutboxRowsAsync());
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_given_up_at_once_and_kept_for_the_audit()
    {
        _teams.Respond = (_, _) => Task.FromResult(new LoopbackResponse(403, """{"error":{"code":"Forbidden"},"subCode":"MessageWritesBlocked"}"""));
        await CommitAsync("SMR-2026-0003", OutboxKind.Send, "a:blocked");

        await Dispatcher.DispatchDueAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));
        await Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Single(_teams.Requests);
        Assert.Equal("SMR-2026-0003", Assert.Single(_observer.Abandoned));
        var row = Assert.Single(await OutboxRowsAsync());
        Assert.True(OutboxRows.FromRow(row).Abandoned);
        Assert.Equal("403 MessageWritesBlocked", OutboxRows.FromRow(row).LastError);
    }

    [Fact]
    public async Task If_the_process_stops_after_sending_but_before_the_feature_recorded_it_the_message_is_not_sent_again()
    {
        _teams.Respond = (_, _) => Task.FromResult(new LoopbackResponse(201, """{"id":"19:c;messageid=9","activityId":"9"}"""));
        _observer.FailNext = true;
        await CommitAsync("SMR-2026-0004", OutboxKind.StartChannelThread, "19:c");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Equal(1, await Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Single(_teams.Requests);
        Assert.Equal("19:c;messageid=9", Assert.Single(_observer.Delivered).Conversation);
    }

    [Fact]
    public async Task When_the_state_change_fails_its_messages_are_not_stored_either()
    {
        var table = await Store.GetTableAsync(StateTable, CancellationToken.None);
        await table.AddAsync(new TableRow(Partition, "case|SMR-2026-0005"), CancellationToken.None);

        var failed = await Assert.ThrowsAsync<StorageException>(() => CommitAsync("SMR-2026-0005", OutboxKind.Send, "a:x"));

        Assert.Equal(StorageFailure.Conflict, failed.Failure);
        Assert.Equal(0, await Dispatcher.DispatchDueAsync(CancellationToken.None));
        Assert.Empty(_teams.Requests);
    }

    [Fact]
    public async Task Only_one_instance_at_a_time_holds_the_dispatch_lease_until_it_expires()
    {
        var first = new JobLease(Store, _time);
        var second = new JobLease(Store, _time);

        Assert.True(await first.TryHoldAsync(OutboxDispatchJob.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.False(await second.TryHoldAsync(OutboxDispatchJob.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.True(await first.TryHoldAsync(OutboxDispatchJob.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.True(await second.TryHoldAsync(OutboxDispatchJob.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.False(await first.TryHoldAsync(OutboxDispatchJob.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    [Fact]
    public async Task Different_people_are_sent_to_in_parallel_while_each_persons_messages_keep_their_order()
    {
        var inFlight = new ConcurrentDictionary<string, int>();
        var mostAtOnce = 0;
        var mostAtOnceToOnePerson = 0;
        var firstRound = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<(string Person, string Text)>();
        _teams.Respond = async (request, n) =>
        {
            var person = Uri.UnescapeDataString(request.PathAndQuery.Split('/')[4]);
            received.Enqueue((person, JsonDocument.Parse(request.Body).RootElement.GetProperty("text").GetString()!));
            var mine = inFlight.AddOrUpdate(person, 1, (_, c) => c + 1);
            var all = inFlight.Values.Sum();
            InterlockedMax(ref mostAtOnce, all);
            InterlockedMax(ref mostAtOnceToOnePerson, mine);
            if (all >= 3)
            {
                firstRound.TrySetResult();
            }

            if (n <= 3)
            {
                // Sent one at a time, the first would stand here alone until the timeout.
                try
                {
                    await firstRound.Task.WaitAsync(TimeSpan.FromSeconds(10));
                }
                catch (TimeoutException)
                {
                    // Answer anyway; the assertion on mostAtOnce tells the story.
                }
            }

            inFlight.AddOrUpdate(person, 0, (_, c) => c - 1);
            return new LoopbackResponse(201, $$"""{"id":"m{{n}}"}""");
        };
        foreach (var person in new[] { "a:ann", "a:bob", "a:cho" })
        {
            for (var i = 1; i <= 3; i++)
            {
                await CommitToAsync("user-" + person[2..], person, $"{person} #{i}");
                _time.Advance(TimeSpan.FromMilliseconds(1)); // creation order is the row key's timestamp
            }
        }

        Assert.Equal(9, await Dispatcher.DispatchDueAsync(CancellationToken.None));

        Assert.Equal(3, mostAtOnce);
        Assert.Equal(1, mostAtOnceToOnePerson);
        foreach (var person in new[] { "a:ann", "a:bob", "a:cho" })
        {
            Assert.Equal([$"{person} #1", $"{person} #2", $"{person} #3"], received.Where(r => r.Person == person).Select(r => r.Text));
        }
    }

    [Fact]
    public async Task A_stop_mid_dispatch_lets_the_sends_in_flight_land_and_after_a_restart_everyone_has_exactly_one_message()
    {
        const int people = 30;
        const int answeredBeforeTheStop = 10;
        var parallelism = _services.GetRequiredService<IOptions<OutboxOptions>>().Value.Parallelism;
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _teams.Respond = async (_, n) =>
        {
            if (n > answeredBeforeTheStop)
            {
                await held.Task; // on the wire when the host stops
            }

            return new LoopbackResponse(201, $$"""{"id":"m{{n}}"}""");
        };
        for (var i = 0; i < people; i++)
        {
            await CommitToAsync($"user-{i}", $"a:person-{i}", "Your training is ready");
        }

        using var stopping = new CancellationTokenSource();
        var firstRun = Dispatcher.DispatchDueAsync(stopping.Token);
        try
        {
            await WaitUntilAsync(() => _teams.Requests.Count == answeredBeforeTheStop + parallelism);
            await stopping.CancelAsync();
        }
        finally
        {
            held.TrySetResult(); // also when the wait failed: a request left hanging would hang the loopback's shutdown
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => firstRun);

        // Nothing new was started after the stop, and every send that reached Teams was recorded as delivered.
        Assert.Equal(answeredBeforeTheStop + parallelism, _teams.Requests.Count);
        Assert.Equal(answeredBeforeTheStop + parallelism, _observer.Delivered.Count);

        await _services.DisposeAsync();
        _services = BuildServices();
        Assert.Equal(people - answeredBeforeTheStop - parallelism, await Dispatcher.DispatchDueAsync(CancellationToken.None));

        var perPerson = _teams.Requests.GroupBy(r => r.PathAndQuery).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(people, perPerson.Count);
        Assert.All(perPerson, p => Assert.Equal(1, p.Value));
        Assert.Equal(people, _observer.Delivered.Count);
    }

    [Fact]
    public async Task A_pass_that_outlasts_the_lease_keeps_renewing_it_so_no_second_instance_joins_in()
    {
        var first = new JobLease(Store, _time);
        var second = new JobLease(Store, _time);
        var duration = TimeSpan.FromSeconds(30);
        Assert.True(await first.TryHoldAsync(OutboxDispatchJob.JobName, duration, CancellationToken.None));
        using var passOver = new CancellationTokenSource();
        var keeping = first.KeepAsync(OutboxDispatchJob.JobName, duration, passOver.Token);

        for (var i = 0; i < 6; i++)
        {
            var before = await LeaseExpiryAsync();
            _time.Advance(TimeSpan.FromSeconds(10));
            await WaitUntilAsync(async () => await LeaseExpiryAsync() > before);
        }

        // A minute in, twice the lease: still held.
        Assert.False(await second.TryHoldAsync(OutboxDispatchJob.JobName, duration, CancellationToken.None));
        await passOver.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => keeping);
    }

    [Fact]
    public async Task Keeping_a_lease_that_another_instance_took_over_ends_so_the_pass_can_stop()
    {
        var first = new JobLease(Store, _time);
        var second = new JobLease(Store, _time);
        var duration = TimeSpan.FromSeconds(30);
        Assert.True(await first.TryHoldAsync(OutboxDispatchJob.JobName, duration, CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(31)); // the holder stalled past its lease
        Assert.True(await second.TryHoldAsync(OutboxDispatchJob.JobName, duration, CancellationToken.None));

        var keeping = first.KeepAsync(OutboxDispatchJob.JobName, duration, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(10));

        await keeping.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_graceful_stop_gives_the_dispatch_lease_up_so_the_next_instance_starts_at_once()
    {
        var job = _services.GetServices<IHostedService>().OfType<LeasedJobHost<OutboxDispatchJob>>().Single();
        await job.StartAsync(CancellationToken.None);
        await WaitUntilAsync(async () => await LeaseExpiryAsync() is not null);

        await job.StopAsync(CancellationToken.None);

        var next = new JobLease(Store, _time);
        Assert.True(await next.TryHoldAsync(OutboxDispatchJob.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    [Fact]
    public void Dispatching_with_no_parallelism_at_all_stops_startup()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Outbox:Parallelism"] = "0" }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddOutbox();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<OutboxOptions>>().Value);
        Assert.Contains("Parallelism", error.Message, StringComparison.Ordinal);
    }

    private ITableStore Store => _services.GetRequiredService<ITableStore>();

    /// <summary>One person's outbox partition: a state row and a message, like an invitation sent to them.</summary>
    private async Task CommitToAsync(string partition, string conversationId, string text)
    {
        var writer = _services.GetRequiredService<OutboxWriter>();
        var message = writer.Message(OutboxKind.Send, ServiceUrl, conversationId, null, "tenant-1", new Activity { Type = "message", Text = text }, RecordingObserver.PurposeName, partition);
        var operations = new List<TableOperation> { TableOperation.Upsert(new TableRow(partition, "invited|" + message.Id)) };
        operations.AddRange(await writer.PrepareAsync(StateTable, partition, [message], CancellationToken.None));
        var table = await Store.GetTableAsync(StateTable, CancellationToken.None);
        await table.SubmitBatchAsync(operations, CancellationToken.None);
        writer.Committed();
    }

    private async Task<DateTimeOffset?> LeaseExpiryAsync()
    {
        var leases = await Store.GetTableAsync("JobLeases", CancellationToken.None);
        var row = await leases.GetAsync("lease", OutboxDispatchJob.JobName, CancellationToken.None);
        return row?.Properties["ExpiresAt"] as DateTimeOffset?;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition never came true");
            await Task.Delay(10);
        }
    }

    /// <summary>What a feature does: its state row and its outbox message, in one batch of one partition.</summary>
    private async Task CommitAsync(string caseNumber, OutboxKind kind, string conversationId)
    {
        var writer = _services.GetRequiredService<OutboxWriter>();
        var message = writer.Message(kind, ServiceUrl, conversationId, null, "tenant-1", new Activity { Type = "message", Text = $"Case {caseNumber}" }, RecordingObserver.PurposeName, caseNumber);
        var operations = new List<TableOperation> { TableOperation.Add(new TableRow(Partition, "case|" + caseNumber)) };
        operations.AddRange(await writer.PrepareAsync(StateTable, Partition, [message], CancellationToken.None));
        var table = await Store.GetTableAsync(StateTable, CancellationToken.None);
        await table.SubmitBatchAsync(operations, CancellationToken.None);
        writer.Committed();
    }

    private async Task<List<TableRow>> OutboxRowsAsync()
    {
        var table = await Store.GetTableAsync(StateTable, CancellationToken.None);
        return await table.QueryAsync(Partition, OutboxRows.RowKeyPrefix, OutboxRows.RowKeyEnd, CancellationToken.None).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _teams.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class RecordingObserver : IOutboxObserver
    {
        public const string PurposeName = "test-case";

        // Told from several partitions at once.
        public ConcurrentQueue<(string Subject, string Conversation, string? Activity)> Delivered { get; } = new();

        public ConcurrentQueue<string> Abandoned { get; } = new();

        public bool FailNext { get; set; }

        public string Purpose => PurposeName;

        public Task OnDeliveredAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the process stopped here");
            }

            Delivered.Enqueue((message.Subject, delivery.ConversationId, delivery.ActivityId));
            return Task.CompletedTask;
        }

        public Task OnAbandonedAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Abandoned.Enqueue(message.Subject);
            return Task.CompletedTask;
        }
    }
}
