using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>Keeps every log entry of the host at Warning or above, and every entry that carries an exception, for tests to assert on.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<CapturedLog> Entries { get; } = new();

    /// <summary>Errors, criticals, and anything logged with an exception: what "an unhandled exception in the logs" means.</summary>
    public IReadOnlyList<CapturedLog> Failures =>
        [.. Entries.Where(e => e.Level >= LogLevel.Error || e.Exception is not null)];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning || exception is not null)
            {
                owner.Entries.Enqueue(new CapturedLog(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}

/// <summary>One captured log entry.</summary>
public sealed record CapturedLog(LogLevel Level, string Category, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}{(Exception is null ? string.Empty : "\n" + Exception)}";
}
