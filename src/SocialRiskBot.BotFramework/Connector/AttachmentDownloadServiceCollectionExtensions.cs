using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SocialRiskBot.BotFramework.Connector;

public static class AttachmentDownloadServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="AttachmentDownloader"/> and its HttpClient: no automatic redirects (each target must be checked, and
    /// a redirect must never carry the token), no cookies, no decompression (the size cap counts what the server
    /// sends), no client timeout (the download has its own), and no request logging (download URLs carry credentials).
    /// </summary>
    public static IServiceCollection AddAttachmentDownloader(this IServiceCollection services)
    {
        services.AddHttpClient(AttachmentDownloader.HttpClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            })
            .RemoveAllLoggers();
        services.TryAddSingleton<AttachmentDownloader>();
        return services;
    }
}
