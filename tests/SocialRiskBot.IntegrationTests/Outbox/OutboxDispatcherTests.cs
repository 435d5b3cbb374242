using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(_folder, "bot.db"),
            ["Bot:TrustedServiceUrls:0"] = _teams.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:Connector:MaxRetries"] = "0",
            ["Outbox:RetryBaseDelay"] = "00:00:05",
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
        _services = services.BuildServiceProvider();
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

        Assert.True(await first.TryHoldAsync(OutboxDispatchService.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.False(await second.TryHoldAsync(OutboxDispatchService.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.True(await first.TryHoldAsync(OutboxDispatchService.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));

        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.True(await second.TryHoldAsync(OutboxDispatchService.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.False(await first.TryHoldAsync(OutboxDispatchService.JobName, TimeSpan.FromSeconds(30), CancellationToken.None));
    }

    private ITableStore Store => _services.GetRequiredService<ITableStore>();

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

        public List<(string Subject, string Conversation, string? Activity)> Delivered { get; } = [];

        public List<string> Abandoned { get; } = [];

        public bool FailNext { get; set; }

        public string Purpose => PurposeName;

        public Task OnDeliveredAsync(OutboxMessage message, OutboxDelivery delivery, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("the process stopped here");
            }

            Delivered.Add((message.Subject, delivery.ConversationId, delivery.ActivityId));
            return Task.CompletedTask;
        }

        public Task OnAbandonedAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            Abandoned.Add(message.Subject);
            return Task.CompletedTask;
        }
    }
}
