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

        RepositoryLayout.AddDevelopmentSettings(builder.Configuration, builder.Environment);

        return builder;
    }
}
