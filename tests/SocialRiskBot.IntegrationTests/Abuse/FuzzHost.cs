using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.IntegrationTests.Abuse;

/// <summary>
/// The real host with a real app id: requests carry real channel tokens signed by a <see cref="TestIssuer"/>,
/// replies go to a loopback connector, logs are captured, and the SQLite file is at a known path. The timed
/// jobs (outbox, reminders, purge, outreach) are left out, so storage changes only when a request changes it.
/// </summary>
internal sealed class FuzzHost : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    private readonly TestIssuer _issuer;
    private readonly BotApplicationFactory _factory;
    private readonly WebApplicationFactory<Program> _bot;
    private readonly SigningKey _key;
    private readonly string _folder = Directory.CreateTempSubdirectory("srb-fuzz-").FullName;

    private FuzzHost(TestIssuer issuer, LoopbackServer connector, IReadOnlyDictionary<string, string?> extra, bool keepJobs)
    {
        _issuer = issuer;
        Connector = connector;
        _key = issuer.Publish("fuzz-key", "msteams");
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AppType"] = "MultiTenant",
            ["Bot:AppPassword"] = "not-used-outbound-is-stubbed",
            ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl.AbsoluteUri,
            ["Bot:EntraOpenIdMetadataUrl"] = issuer.MetadataUrl.AbsoluteUri,
            ["Bot:TrustedServiceUrls:0"] = connector.BaseUrl.GetLeftPart(UriPartial.Authority),
            ["Bot:Connector:PaceSends"] = "false",
            ["Bot:Connector:LimitTenantRequests"] = "false",
            ["Outbox:PollInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        _factory = new BotApplicationFactory(settings);
        _bot = _factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Sqlite:Path", DatabasePath);
            builder.UseSetting("Storage:Blobs:Root", Path.Combine(_folder, "blobs"));
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
            if (!keepJobs)
            {
                builder.ConfigureTestServices(services =>
                {
                    foreach (var job in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Namespace == "SocialRiskBot.Jobs").ToList())
                    {
                        services.Remove(job);
                    }
                });
            }
        });
        Client = _bot.CreateClient();
    }

    public LoopbackServer Connector { get; }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public string DatabasePath => Path.Combine(_folder, "bot.db");

    public string ServiceUrl => new Uri(Connector.BaseUrl, "amer/").AbsoluteUri;

    public static async Task<FuzzHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool keepJobs = false) =>
        new(await TestIssuer.StartAsync(), await LoopbackServer.StartAsync(), settings ?? new Dictionary<string, string?>(), keepJobs);

    /// <summary>A channel token for the activity's service URL, as Teams would send it.</summary>
    public string TokenFor(string? serviceUrl) => _key.Sign(new Dictionary<string, object>
    {
        ["iss"] = "https://api.botframework.com",
        ["aud"] = AppId,
        ["serviceurl"] = serviceUrl ?? ServiceUrl,
    });

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null) =>
        PostAsync(activity.ToJsonString(), token ?? TokenFor(activity["serviceUrl"] is JsonValue v && v.TryGetValue<string>(out var url) ? url : null));

    public Task<HttpResponseMessage> PostAsync(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _bot.DisposeAsync();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        await _issuer.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
