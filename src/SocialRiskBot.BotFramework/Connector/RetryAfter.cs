namespace SocialRiskBot.BotFramework.Connector;

/// <summary>A server's <c>Retry-After</c>: seconds or an HTTP date.</summary>
internal static class RetryAfter
{
    /// <returns>The wait it asks for, between zero and <paramref name="cap"/>; null when the answer has none.</returns>
    public static TimeSpan? Read(HttpResponseMessage? response, DateTimeOffset now, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - now : null);
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > cap ? cap : wait;
    }
}
