using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialRiskBot.FanOutBench;
using SocialRiskBot.Outbox;
using SocialRiskBot.Storage.Tables;
using SocialRiskBot.Training;
using SocialRiskBot.Training.Outreach;
using SocialRiskBot.Training.Teams;

// A training campaign for everyone: N people the bot knows, one module assigned to all; the real outreach pass
// writes each invitation with its outbox row in the person's partition, and the real dispatcher (in process, as
// the app wires it) delivers them to a loopback connector that enforces Teams' limits. Halfway the host is stopped
// and a fresh one finishes on the same SQLite file. Prints figures; asserts nothing.
var options = FanOutOptions.Parse(args);
var random = new Random(42); // the same people block the bot in every run
var blocked = Enumerable.Range(0, options.Recipients)
    .OrderBy(_ => random.Next())
    .Take((int)Math.Round(options.Recipients * options.BlockedPercent / 100))
    .ToHashSet();
await using var connector = await TeamsLimitsConnector.StartAsync(options.Rate, options.Latency, blocked.Select(CampaignSeeder.ConversationOf));
var folder = Directory.CreateTempSubdirectory("srb-fanout-").FullName;
Console.WriteLine($"{options.Recipients:N0} recipients ({blocked.Count:N0} blocked the bot), Teams enforcing {options.Rate}/s per tenant and 7/s per thread, {options.Latency.TotalMilliseconds:0} ms latency");

try
{
    var clock = Stopwatch.StartNew();
    using (var first = BotHost.Build(folder, connector, options))
    {
        await CampaignSeeder.SeedAsync(first.Services, connector.ServiceUrl, options.Recipients, CancellationToken.None);
        Console.WriteLine($"{options.Recipients:N0} people and the campaign stored in {clock.Elapsed.TotalSeconds:0.0} s");
        clock.Restart();
        var queued = await first.Services.GetRequiredService<TrainingOutreach>().RunAsync(CancellationToken.None);
        Console.WriteLine($"outreach pass: {queued:N0} invitations written with their outbox rows in {clock.Elapsed.TotalSeconds:0.0} s");

        clock.Restart();
        await first.StartAsync();
        await WaitUntilAsync(() => Task.FromResult(connector.Delivered >= options.Recipients / 2), TimeSpan.FromHours(1));
        var stopping = clock.Elapsed;
        await first.StopAsync(); // the "crash": a stop with sends in flight
        Console.WriteLine($"host stopped at {stopping.TotalSeconds:0.0} s with {connector.Delivered:N0} delivered (stop took {(clock.Elapsed - stopping).TotalMilliseconds:0} ms); a fresh host takes over");
    }

    using (var second = BotHost.Build(folder, connector, options))
    {
        await second.StartAsync();
        var partitions = second.Services.GetRequiredService<OutboxPartitions>();
        var expected = TimeSpan.FromSeconds(options.Recipients / (double)options.Rate);
        var drained = await WaitUntilAsync(async () => (await partitions.ListAsync(CancellationToken.None)).Count == 0, expected * 3 + TimeSpan.FromMinutes(1));
        var total = clock.Elapsed;
        var (pending, unreachable) = await StateAsync(second.Services, options.Recipients);
        await second.StopAsync();
        Report(options, connector, unreachable, blocked.Count, total, pending, drained);
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}

static void Report(FanOutOptions options, TeamsLimitsConnector connector, HashSet<int> unreachablePeople, int blocked, TimeSpan total, int pending, bool drained)
{
    var sent = connector.Delivered;
    var perSecond = sent / total.TotalSeconds;
    var duplicates = connector.DeliveredTo.Count(r => r.Value > 1);
    var unreachable = unreachablePeople.Count;
    var lost = Enumerable.Range(0, options.Recipients)
        .Count(i => !connector.DeliveredTo.ContainsKey(CampaignSeeder.ConversationOf(i)) && !unreachablePeople.Contains(i));
    Console.WriteLine();
    Console.WriteLine($"recipients     {options.Recipients,10:N0}");
    Console.WriteLine($"sent           {sent,10:N0}");
    Console.WriteLine($"sent/s         {perSecond,10:0.0}   ({perSecond / options.Rate:P1} of the {options.Rate}/s tenant rate)");
    Console.WriteLine($"calls/s        {(sent + connector.Refused + connector.Throttled) / total.TotalSeconds,10:0.0}   (every answer Teams gave: 201, 403 and 429)");
    Console.WriteLine($"429s seen      {connector.Throttled,10:N0}");
    Console.WriteLine($"duplicates     {duplicates,10:N0}   (recipients who got more than one message)");
    Console.WriteLine($"lost           {lost,10:N0}   (neither delivered nor given up as unreachable)");
    Console.WriteLine($"unreachable    {unreachable,10:N0}   (marked unreachable after a 403 ConversationBlockedByUser; {blocked:N0} blocked the bot; {connector.Refused:N0} 403 answers)");
    Console.WriteLine($"still pending  {pending,10:N0}{(drained ? string.Empty : "   (gave up waiting for the outbox to drain)")}");
    Console.WriteLine($"total time     {total.TotalSeconds,10:0.0} s (both hosts, restart included)");
}

// Outbox rows not delivered and not given up (each a message still owed to someone), and who training marked unreachable.
static async Task<(int Pending, HashSet<int> Unreachable)> StateAsync(IServiceProvider services, int recipients)
{
    var store = services.GetRequiredService<TrainingStore>();
    var table = await services.GetRequiredService<ITableStore>().GetTableAsync(TrainingStore.TableName, CancellationToken.None);
    var pending = 0;
    var unreachable = new HashSet<int>();
    for (var i = 0; i < recipients; i++)
    {
        await foreach (var row in table.QueryAsync(TrainingStore.PartitionOf(CampaignSeeder.UserOf(i)), OutboxRows.RowKeyPrefix, OutboxRows.RowKeyEnd, CancellationToken.None))
        {
            pending += OutboxRows.FromRow(row).Abandoned ? 0 : 1;
        }

        if ((await store.LoadAsync(CampaignSeeder.UserOf(i), CancellationToken.None)).Learner.Value.Unreachable)
        {
            unreachable.Add(i);
        }
    }

    return (pending, unreachable);
}

static async Task<bool> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan limit)
{
    var deadline = Stopwatch.StartNew();
    while (!await condition())
    {
        if (deadline.Elapsed > limit)
        {
            return false;
        }

        await Task.Delay(100);
    }

    return true;
}
