namespace SocialRiskBot.Hosting;

/// <summary>
/// Builds <typeparamref name="T"/> when the host starts, so that what it loads (card templates, content) is
/// checked then: a problem stops startup with its message instead of failing a user's turn later.
/// </summary>
public sealed class LoadAtStartup<T>(IServiceProvider services) : IHostedService
    where T : notnull
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<T>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
