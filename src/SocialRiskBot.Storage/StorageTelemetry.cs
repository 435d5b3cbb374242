using System.Diagnostics;

namespace SocialRiskBot.Storage;

/// <summary>The trace source of storage calls: one span per table operation, named by operation and table, no keys or values.</summary>
public static class StorageTelemetry
{
    public const string Name = "SocialRiskBot.Storage";

    internal static readonly ActivitySource Source = new(Name);

    internal static Activity? Start(string operation, string table, string system)
    {
        var span = Source.StartActivity($"{operation} {table}", ActivityKind.Client);
        span?.SetTag("db.system", system);
        span?.SetTag("db.operation", operation);
        span?.SetTag("db.collection.name", table);
        return span;
    }

    internal static void Fail(Activity? span, Exception exception)
    {
        span?.SetStatus(ActivityStatusCode.Error, exception is StorageException storage ? storage.Failure.ToString() : exception.GetType().Name);
    }
}
