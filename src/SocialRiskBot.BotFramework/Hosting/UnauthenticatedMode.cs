using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.BotFramework.Hosting;

/// <summary>
/// Says so, once at startup, when <c>/api/messages</c> accepts requests without a token: a warning when the
/// operator switched it on outside the usual local development, information in Development. The same words
/// are on <c>/healthz</c>.
/// </summary>
public sealed partial class UnauthenticatedMode(IOptions<BotFrameworkOptions> options, ILogger<UnauthenticatedMode> logger) : IHostedService
{
    /// <returns>Null when every request must carry a valid token; otherwise what is accepted and why.</returns>
    public static string? Describe(BotFrameworkOptions options) => options.AuthenticationDisabled
        ? $"UNAUTHENTICATED: /api/messages accepts requests without a token (Bot:AppId is empty; {(options.AllowUnauthenticated ? "Bot:AllowUnauthenticated=true" : "Development")})"
        : null;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Describe(options.Value) is { } description)
        {
            if (options.Value.AllowUnauthenticated)
            {
                LogSwitchedOn(logger, description);
            }
            else
            {
                LogLocalDevelopment(logger, description);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Description}. Anyone who can reach this host can talk to the bot as any user; never expose it to Teams or the internet.")]
    private static partial void LogSwitchedOn(ILogger logger, string description);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Description}: local development only.")]
    private static partial void LogLocalDevelopment(ILogger logger, string description);
}
