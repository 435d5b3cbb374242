using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Incidents;
using SocialRiskBot.Outbox;
using SocialRiskBot.Tests.Harness;

namespace SocialRiskBot.Tests.Faults;

/// <summary>
/// Teams' connector failing while a case is routed (errors, hangs, refused connections), or the bot stopping
/// between storing a case and posting it: the case is kept, and once things recover exactly one card is posted.
/// </summary>
public sealed class CaseRoutingFaultTests : IAsyncDisposable
{
    private static readonly Dictionary<string, string?> Settings = new(ReportDriver.Departments)
    {
        ["Bot:Connector:MaxRetries"] = "0",
        ["Bot:Connector:RequestTimeout"] = "00:00:01",
        ["Outbox:RetryBaseDelay"] = "00:00:00.050",
        ["Outbox:MaxRetryDelay"] = "00:00:00.100",
    };

    private readonly List<ConversationHarness> _bots = [];
    private readonly List<string> _folders = [];

    public enum Failure
    {
        ServerError,
        Unavailable,
        Hangs,
        Refused,
    }

    [Theory]
    [InlineData(Failure.ServerError)]
    [InlineData(Failure.Unavailable)]
    [InlineData(Failure.Hangs)]
    [InlineData(Failure.Refused)]
    public async Task While_channel_posts_fail_the_case_is_kept_and_once_they_work_again_exactly_one_card_is_posted(Failure failure)
    {
        var bot = Start();
        bot.Connector.Fault = (request, ct) => IsChannelPost(request) ? Fail(failure, ct) : null;

        var caseNumber = await new ReportDriver(bot).ReportHackedAccountAsync();
        Assert.Equal(0, await DeliverAsync(bot));
        Assert.Equal(0, await DeliverAsync(bot, afterRetryDelay: true));

        Assert.NotNull(await CaseAsync(bot, caseNumber));
        Assert.Equal(0, CardsPosted(bot, caseNumber));
        bot.Connector.Fault = null;
        await DeliverAsync(bot, afterRetryDelay: true);
        await DeliverAsync(bot, afterRetryDelay: true);

        Assert.Equal(1, CardsPosted(bot, caseNumber));
        Assert.NotNull((await CaseAsync(bot, caseNumber))!.ThreadConversationId);
    }

    [Fact]
    public async Task A_bot_stopped_between_storing_the_case_and_posting_it_posts_it_once_after_the_restart()
    {
        var folder = Directory.CreateTempSubdirectory("srb-restart-").FullName;
        _folders.Add(folder);
        var first = Start(folder);
        var caseNumber = await new ReportDriver(first).ReportHackedAccountAsync();
        await first.DisposeAsync(); // stopped before any dispatch pass

        var restarted = Start(folder);
        await DeliverAsync(restarted);
        await DeliverAsync(restarted);

        Assert.Equal(0, CardsPosted(first, caseNumber));
        Assert.Equal(1, CardsPosted(restarted, caseNumber));
    }

    private ConversationHarness Start(string? folder = null)
    {
        var bot = new ConversationHarness(settings: Settings, folder: folder);
        _bots.Add(bot);
        return bot;
    }

    private static bool IsChannelPost(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal);

    private static Task<HttpResponseMessage> Fail(Failure failure, CancellationToken cancellationToken) => failure switch
    {
        Failure.ServerError => Task.FromResult(new HttpResponseMessage(HttpStatusCode.InternalServerError)),
        Failure.Unavailable => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)),
        Failure.Hangs => HangAsync(cancellationToken),
        _ => Task.FromException<HttpResponseMessage>(new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))),
    };

    private static async Task<HttpResponseMessage> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>A dispatch pass, optionally after the outbox's retry delay has passed.</summary>
    private static async Task<int> DeliverAsync(ConversationHarness bot, bool afterRetryDelay = false)
    {
        if (afterRetryDelay)
        {
            await Task.Delay(150);
        }

        return await bot.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    /// <summary>Case cards that reached a channel: new threads whose first message is the card of this case.</summary>
    private static int CardsPosted(ConversationHarness bot, string caseNumber) => bot.Connector.Calls.Count(c =>
        c.ThreadActivity is { } card && ReportDriver.Json(card).Contains($"Case {caseNumber}", StringComparison.Ordinal)
        && ReportDriver.Json(card).Contains("case.acknowledge", StringComparison.Ordinal));

    private static async Task<Incident?> CaseAsync(ConversationHarness bot, string caseNumber) =>
        (await bot.Services.GetRequiredService<IncidentStore>().GetAsync(caseNumber, CancellationToken.None)).Incident;

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in _bots)
        {
            await bot.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
