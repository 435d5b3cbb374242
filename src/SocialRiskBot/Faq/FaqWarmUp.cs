namespace SocialRiskBot.Faq;

/// <summary>
/// Starts building the FAQ's vectors when the host starts, without holding the start up: the bot listens at once,
/// <c>/readyz</c> says 503 until they are built (about a second from the cache; several on a first start or new
/// content), and a question that arrives meanwhile waits for them. A model that cannot load stops the host.
/// </summary>
public sealed partial class FaqWarmUp(FaqLibrary library, ILogger<FaqWarmUp> logger, IHostApplicationLifetime? lifetime = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = WarmUpAsync();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmUpAsync()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await library.WarmUpAsync().ConfigureAwait(false);
            var vectors = await library.Current.Vectors.Value.ConfigureAwait(false);
            LogReady(logger, vectors.Encoded, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(logger, ex);
            lifetime?.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "FAQ vectors ready ({Encoded} texts encoded, the rest from the cache) in {Milliseconds:0} ms")]
    private static partial void LogReady(ILogger logger, int encoded, double milliseconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The FAQ's sentence model could not be loaded; stopping")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
