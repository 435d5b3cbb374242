using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using SocialRiskBot.BotFramework.Authentication;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>
    /// The protocol: options from the <c>Bot</c> section (and the SDK's flat keys), inbound token validation,
    /// the connector client with retries, timeouts and pacing, and the request processor.
    /// The application registers its <see cref="IActivityHandler"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services)
    {
        services.AddOptions<BotFrameworkOptions>()
            .BindConfiguration(BotFrameworkOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                var appTypeInSection = configuration.GetSection($"{BotFrameworkOptions.SectionName}:{nameof(BotFrameworkOptions.AppType)}").Exists();
                (configuration.Get<SdkStyleSettings>() ?? new SdkStyleSettings()).ApplyTo(options, appTypeInSection);
                if (options.TrustedServiceUrls.Count == 0)
                {
                    options.TrustedServiceUrls.AddRange(BotFrameworkOptions.DefaultTrustedServiceUrls);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(nameof(OpenIdMetadata), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan) // the pipeline's per-attempt timeout rules
            .AddResilienceHandler("connector", ConfigureConnectorPipeline);

        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton(sp => new TrustedServiceUrls(sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.TrustedServiceUrls));
        services.TryAddSingleton<ConversationPacer>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<InboundTokenValidator>();
        services.TryAddSingleton<BotRequestProcessor>();
        return services;
    }

    /// <summary>Brief §D.8: retry 429/412/502/504 with exponential backoff and jitter, honouring Retry-After; a timeout per attempt.</summary>
    private static void ConfigureConnectorPipeline(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.Connector;
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = options.MaxRetryDelay,
            ShouldRetryAfterHeader = false, // honoured below, with our cap
            ShouldHandle = args => ValueTask.FromResult(
                options.MaxRetries > 0
                && (args.Outcome.Exception is HttpRequestException
                    || (args.Outcome.Result is { } response && RetriedStatuses.Contains(response.StatusCode)))),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryDelay)),
        });
        pipeline.AddTimeout(options.RequestTimeout);
    }

    /// <summary>The server's Retry-After (seconds or a date), capped; null lets the backoff decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }
}
