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
    /// The protocol: options from the <c>Bot</c> section (and the SDK's flat keys), validated at startup, inbound
    /// token validation, the connector client with retries, timeouts and pacing, and the request processor.
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
        services.AddMetrics();
        services.TryAddSingleton<BotFrameworkTelemetry>();
        services.AddHttpClient(nameof(OpenIdMetadata), c => c.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(sp => new TenantRequestLimiter(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.Connector.TenantRequestsPerSecond));
        services.TryAddTransient<TenantRequestLimitHandler>();
        // The pipeline's per-attempt timeout rules. No request logging: the factory's handlers open a log scope and
        // format the URL on every send, for lines that the default levels drop; the HttpClient spans cover these calls.
        var connector = services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        connector.AddResilienceHandler("connector", ConfigureRetries);
        // Inside the retries, so each attempt takes a tenant slot; outside the attempt's timeout, so waiting for a
        // slot (or out a 429 hold) is not mistaken for a connector that does not answer.
        connector.AddHttpMessageHandler<TenantRequestLimitHandler>();
        connector.AddResilienceHandler("connector-attempt", ConfigureAttemptTimeout);

        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton(sp => new TrustedServiceUrls(sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.TrustedServiceUrls));
        services.TryAddSingleton<ConversationPacer>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<InboundTokenValidator>();
        services.TryAddSingleton<BotRequestProcessor>();
        services.AddHostedService<UnauthenticatedMode>();
        return services;
    }

    /// <summary>Retry 429/412/502/504 and network failures with exponential backoff and jitter, honouring Retry-After.</summary>
    private static void ConfigureRetries(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.Connector;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
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
            // Null when the server named no wait: the backoff decides.
            DelayGenerator = args => ValueTask.FromResult(RetryAfter.Read(args.Outcome.Result, time.GetUtcNow(), options.MaxRetryDelay)),
        });
    }

    /// <summary>Each attempt on its own clock: a connector that does not answer is a failure, not a hang.</summary>
    private static void ConfigureAttemptTimeout(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.Connector;
        pipeline.AddTimeout(options.RequestTimeout);
    }
}
