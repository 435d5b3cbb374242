using Microsoft.Extensions.Configuration.Json;

namespace SocialRiskBot.Hosting;

public static class HostDefaults
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>
    /// Long enough for a connector call already on the wire to land when the host stops (one attempt, 15 s,
    /// after a backoff already begun, up to 20 s), so the outbox records it instead of sending it again.
    /// </summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(45);

    /// <summary>
    /// Listens on http://localhost:3978 unless told otherwise, and in Development also reads
    /// <c>appsettings.Development.json</c> from the repository root, where newcomers look for it. Gives
    /// deliveries in flight <see cref="ShutdownTimeout"/> to finish when the host stops.
    /// </summary>
    public static WebApplicationBuilder UseBotHostDefaults(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey)))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);

        if (builder.Environment.IsDevelopment()
            && (RepositoryLayout.FindRoot(builder.Environment.ContentRootPath) ?? RepositoryLayout.FindRoot(AppContext.BaseDirectory)) is { } root)
        {
            // Added before environment variables and command line, so those still win.
            var sources = builder.Configuration.Sources;
            var afterLastJsonFile = sources.ToList().FindLastIndex(s => s is JsonConfigurationSource) + 1;
            var file = new JsonConfigurationSource
            {
                Path = Path.Combine(root, "appsettings.Development.json"),
                Optional = true,
                ReloadOnChange = false,
            };
            file.ResolveFileProvider();
            sources.Insert(afterLastJsonFile, file);
        }

        return builder;
    }
}
