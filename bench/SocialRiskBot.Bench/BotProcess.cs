using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SocialRiskBot.Bench;

/// <summary>
/// A bot under load on a free loopback port: the real bot executable, started from this benchmark's output
/// folder, or the peer (Microsoft's Bot Framework SDK for JavaScript, bench/peer/echo-bot.mjs).
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private readonly string _readyPath;

    private BotProcess(Process process, string baseUrl, string folder, string readyPath)
    {
        _process = process;
        BaseUrl = baseUrl;
        _folder = folder;
        _readyPath = readyPath;
    }

    public string BaseUrl { get; }

    /// <summary>Where every run's bot keeps the sentence model and the FAQ's vectors.</summary>
    public static string FaqCacheFolder { get; } = Path.Combine(Path.GetTempPath(), "socialriskbot-bench-faq-cache");

    public int ProcessId => _process.Id;

    /// <param name="settings">More configuration for the bot, as environment variables (<c>Section__Key</c>).</param>
    public static async Task<BotProcess> StartAsync(string connectorBaseUrl, BenchOptions options, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var folder = Directory.CreateTempSubdirectory("srb-bench-").FullName;
        // The working directory is the content root, whose files the host watches (appsettings): it stays empty,
        // and the database lives beside it, so that its writes do not wake the watcher on every turn.
        var root = Directory.CreateDirectory(Path.Combine(folder, "root")).FullName;
        var data = Directory.CreateDirectory(Path.Combine(folder, "data")).FullName;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SocialRiskBot.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // No app id: the load posts unsigned activities, which Production accepts only when told to.
        start.Environment["Bot__AllowUnauthenticated"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Bot__TrustedServiceUrls__0"] = connectorBaseUrl;
        // This measures the bot's own turns; Teams' 50 calls a second per tenant would cap the replies instead.
        start.Environment["Bot__Connector__LimitTenantRequests"] = "false";
        start.Environment["Storage__Sqlite__Path"] = Path.Combine(data, "bot.db");
        start.Environment["Storage__Blobs__Root"] = Path.Combine(data, "blobs");
        // The FAQ's vectors and the unpacked model are kept between runs, as a deployed bot keeps them: the first
        // run encodes the FAQ (a cold start), later ones start warm.
        start.Environment["Faq__CachePath"] = FaqCacheFolder;
        if (options.Storage.StartsWith("azurite:", StringComparison.Ordinal))
        {
            start.Environment["Storage__Provider"] = "AzureTables";
            start.Environment["Storage__AzureTables__ConnectionString"] = options.Storage["azurite:".Length..];
        }

        if (options.Otlp)
        {
            start.Environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = connectorBaseUrl;
            start.Environment["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bot");
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("bot: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Ready, not just alive: the FAQ's vectors are built (a fresh cache encodes every FAQ question first).
        var bot = new BotProcess(process, $"http://127.0.0.1:{port}", folder, "/readyz");
        await bot.WaitHealthyAsync();
        return bot;
    }

    /// <summary>The peer echo bot; its npm dependencies are installed into bench/peer on first use.</summary>
    public static async Task<BotProcess> StartPeerAsync()
    {
        var peer = Path.Combine(RepositoryRoot(), "bench", "peer");
        if (!Directory.Exists(Path.Combine(peer, "node_modules")))
        {
            using var install = Process.Start(new ProcessStartInfo("npm", ["install", "--no-audit", "--no-fund"]) { WorkingDirectory = peer })!;
            await install.WaitForExitAsync();
        }

        var port = FreePort();
        var process = Process.Start(new ProcessStartInfo("node", [Path.Combine(peer, "echo-bot.mjs"), port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = peer,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start the peer");
        process.OutputDataReceived += (_, e) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("peer: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(process, $"http://127.0.0.1:{port}", Directory.CreateTempSubdirectory("srb-peer-").FullName, "/healthz");
        await bot.WaitHealthyAsync();
        return bot;
    }

    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SocialRiskBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from the repository: bench/peer is not found");
    }

    /// <summary>CPU time the process has used so far, user and system, from /proc (in clock ticks of 10 ms).</summary>
    public TimeSpan CpuTime()
    {
        // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
        // state is field 3, utime 14 and stime 15.
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }

    /// <summary>VmHWM: the resident set's high-water mark since the process started.</summary>
    public double PeakRssMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return kilobytes / 1024.0;
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient();
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode}");
            }

            try
            {
                if ((await http.GetAsync(BaseUrl + _readyPath)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the bot did not answer {_readyPath} with 200 in 120 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left in the temp folder
        }
    }
}
