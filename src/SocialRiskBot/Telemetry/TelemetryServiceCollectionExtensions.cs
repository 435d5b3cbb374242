using Azure.Monitor.OpenTelemetry.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SocialRiskBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// The bot's metrics always; the OpenTelemetry SDK and its exporters only when an exporter is configured:
    /// OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, Azure Monitor when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set (both may be). Nothing leaves the process by default.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotMetrics();

        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var azureMonitor = configuration[AzureMonitorKey] is { Length: > 0 } connectionString ? connectionString : null;
        if (!otlp && azureMonitor is null)
        {
            return services;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("socialriskbot"));
        if (azureMonitor is not null)
        {
            // The distro brings its own ASP.NET Core and HttpClient instrumentation; the bot adds its sources.
            telemetry.UseAzureMonitor(o => o.ConnectionString = azureMonitor);
            telemetry.WithTracing(t => t.AddSource([.. BotTelemetry.Sources])).WithMetrics(m => m.AddMeter([.. BotTelemetry.Sources]));
        }
        else
        {
            telemetry.AddBotSignals();
        }

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return services;
    }

    /// <summary>The instruments the features record into; registered by each area that uses them.</summary>
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        return services;
    }

    /// <summary>The bot's sources and meters with HTTP server and client instrumentation (connector calls).</summary>
    public static OpenTelemetryBuilder AddBotSignals(this OpenTelemetryBuilder telemetry) => telemetry
        .WithTracing(t => t
            .AddSource([.. BotTelemetry.Sources])
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation())
        .WithMetrics(m => m
            .AddMeter([.. BotTelemetry.Sources])
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation());
}
