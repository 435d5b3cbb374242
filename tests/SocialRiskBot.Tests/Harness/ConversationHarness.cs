using System.Security.Claims;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Cards;
using SocialRiskBot.Content;
using SocialRiskBot.Conversations;
using SocialRiskBot.Evidence;
using SocialRiskBot.Faq;
using SocialRiskBot.Incidents;
using SocialRiskBot.Organization;
using SocialRiskBot.Outbox;
using SocialRiskBot.Profiles;
using SocialRiskBot.Storage;
using SocialRiskBot.Training;

namespace SocialRiskBot.Tests.Harness;

/// <summary>
/// An in-memory channel: sends activities through the bot's real turn pipeline (real SQLite storage, real
/// card templates, real connector client) and returns what the bot sent back, as the SDK's TestFlow does.
/// </summary>
public sealed class ConversationHarness : IAsyncDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string BotId = "28:socialriskbot";
    public const string TenantId = "tenant-1";

    private readonly string _folder;
    private readonly bool _ownsFolder;
    private readonly ServiceProvider _services;
    private readonly string _instance = Guid.NewGuid().ToString("N")[..6];
    private int _nextId;

    /// <param name="folder">Storage to reuse (a "restart" of the bot on the same data); by default a new temporary folder.</param>
    public ConversationHarness(Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? settings = null, string? folder = null)
    {
        _ownsFolder = folder is null;
        _folder = folder ?? Directory.CreateTempSubdirectory("srb-conv-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(_folder, "bot.db"),
            ["Storage:Blobs:Root"] = Path.Combine(_folder, "blobs"),
            ["Faq:CachePath"] = Faq.SharedFaq.CacheFolder,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new TestHostEnvironment(_folder))
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSocialRiskBot(configuration, new TestHostEnvironment(_folder));
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Connector);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public RecordingConnector Connector { get; } = new();

    public IServiceProvider Services => _services;

    /// <summary>The bot's clock: a test's own <see cref="TimeProvider"/> when it set one, else the system's.</summary>
    public TimeProvider Time => _services.GetRequiredService<TimeProvider>();

    /// <summary>The folder holding this bot's storage, to start another bot on the same data.</summary>
    public string Folder => _folder;

    /// <summary>Runs one turn and returns the activities the bot sent during it.</summary>
    /// <returns>What the bot sent into the activity's own conversation during the turn (other turns running at the same time send elsewhere, or answer other activities).</returns>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var before = Connector.Calls.Count;
        var turn = new TurnContext(activity, new ClaimsIdentity(), _services.GetRequiredService<ConnectorClient>());
        await _services.GetRequiredService<IActivityHandler>().OnTurnAsync(turn, CancellationToken.None);
        var conversation = "/v3/conversations/" + Uri.EscapeDataString(activity.Conversation?.Id ?? string.Empty) + "/activities/";
        return [.. Connector.Calls.Skip(before).Where(c => c.Uri.AbsolutePath.Contains(conversation, StringComparison.Ordinal) && IsAnswerTo(c, activity)).Select(c => c.Activity!)];
    }

    /// <summary>A reply names the activity it answers; a card replaced in place names the card the activity came from.</summary>
    private static bool IsAnswerTo(ConnectorCall call, Activity activity) =>
        call.Uri.AbsolutePath.EndsWith("/activities/" + Uri.EscapeDataString(activity.Id ?? string.Empty), StringComparison.Ordinal)
        || (activity.ReplyToId is { } card && call.Method == HttpMethod.Put && call.Uri.AbsolutePath.EndsWith("/activities/" + Uri.EscapeDataString(card), StringComparison.Ordinal));

    /// <summary>Sends an invoke through the turn pipeline and returns what the bot answered it with (null: nothing, a 501).</summary>
    public async Task<InvokeResponse?> InvokeAsync(Activity activity)
    {
        var turn = new TurnContext(activity, new ClaimsIdentity(), _services.GetRequiredService<ConnectorClient>());
        await _services.GetRequiredService<IActivityHandler>().OnTurnAsync(turn, CancellationToken.None);
        return turn.InvokeResponse;
    }

    public Activity PersonalMessage(string text, string userId = "29:alex", string name = "Alex Wilber") =>
        Personal(ActivityTypes.Message, userId, name, a => a.Text = text);

    public Activity PersonalSubmit(object value, string replyToId, string userId = "29:alex") =>
        Personal(ActivityTypes.Message, userId, "Alex Wilber", a =>
        {
            a.Value = System.Text.Json.JsonSerializer.SerializeToElement(value);
            a.ReplyToId = replyToId;
        });

    /// <summary>What Teams sends when a user adds the app: a conversationUpdate with the bot and the user added.</summary>
    public Activity PersonalInstall(string userId = "29:alex", string name = "Alex Wilber") =>
        Personal(ActivityTypes.ConversationUpdate, userId, name, a => a.MembersAdded = [new ChannelAccount { Id = BotId }, new ChannelAccount { Id = userId }]);

    /// <summary>Like Teams, the installationUpdate carries the user's id but no display name.</summary>
    public Activity InstallationUpdate(string action, string userId = "29:alex") =>
        Personal(ActivityTypes.InstallationUpdate, userId, null, a => a.Action = action);

    public Activity PersonalUninstall(string userId = "29:alex") =>
        Personal(ActivityTypes.ConversationUpdate, userId, "Alex Wilber", a => a.MembersRemoved = [new ChannelAccount { Id = BotId }]);

    /// <summary>What Teams sends when the app is added to a team.</summary>
    public Activity TeamInstall(string teamId = "19:team-comms@thread.tacv2") => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        Id = NextId(),
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:admin", AadObjectId = "aad-admin" },
        Recipient = new ChannelAccount { Id = BotId, Name = "SocialRiskBot" },
        Conversation = new ConversationAccount { Id = teamId, ConversationType = "channel", IsGroup = true, TenantId = TenantId },
        MembersAdded = [new ChannelAccount { Id = BotId }],
        ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new
        {
            eventType = "teamMemberAdded",
            tenant = new { id = TenantId },
            team = new { id = teamId, name = "Communications" },
            settings = new { selectedChannel = new { id = teamId } },
        }),
    };

    public Activity ChannelMessage(string text, string channelId = "19:team-comms@thread.tacv2", string userId = "29:sam") => new()
    {
        Type = ActivityTypes.Message,
        Id = NextId(),
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        Text = text,
        From = new ChannelAccount { Id = userId, Name = "Sam", AadObjectId = "aad-" + userId[3..] },
        Recipient = new ChannelAccount { Id = BotId, Name = "SocialRiskBot" },
        Conversation = new ConversationAccount { Id = channelId + ";messageid=1700000000000", ConversationType = "channel", IsGroup = true, TenantId = TenantId },
        Entities = [new Entity { Type = "mention", Properties = new() { ["text"] = System.Text.Json.JsonSerializer.SerializeToElement("<at>SocialRiskBot</at>"), ["mentioned"] = System.Text.Json.JsonSerializer.SerializeToElement(new { id = BotId, name = "SocialRiskBot" }) } }],
        ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId }, team = new { id = "19:team-comms@thread.tacv2" }, channel = new { id = channelId } }),
    };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!_ownsFolder)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private Activity Personal(string type, string userId, string? name, Action<Activity> shape)
    {
        var activity = new Activity
        {
            Type = type,
            Id = NextId(),
            ServiceUrl = ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = userId, Name = name, AadObjectId = "aad-" + userId[3..] },
            Recipient = new ChannelAccount { Id = BotId, Name = "SocialRiskBot" },
            Conversation = new ConversationAccount { Id = "a:personal-" + userId[3..], ConversationType = "personal", TenantId = TenantId },
            ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = TenantId } }),
            Locale = "en-US",
            LocalTimezone = "Europe/London",
        };
        shape(activity);
        return activity;
    }

    /// <summary>Unique across harnesses too, so a "restarted" bot on the same storage does not take new activities for repeats.</summary>
    private string NextId() => $"act-{_instance}-{Interlocked.Increment(ref _nextId)}";

    private sealed class TestHostEnvironment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "SocialRiskBot";

        public string ContentRootPath { get; set; } = root;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
