using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process answers <c>ok</c>, followed by a second line when requests without a token are
    /// accepted. <c>/readyz</c>: and its storage is reachable (503 otherwise).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IOptions<BotFrameworkOptions> bot) =>
            Results.Text(UnauthenticatedMode.Describe(bot.Value) is { } unauthenticated ? $"ok\n{unauthenticated}\n" : "ok"));
        app.MapGet("/readyz", async (ITableStore store, CancellationToken cancellationToken) =>
        {
            try
            {
                await store.CheckAvailableAsync(cancellationToken).ConfigureAwait(false);
                return Results.Text("ready");
            }
            catch (StorageException ex) when (ex.Failure == StorageFailure.Unavailable)
            {
                return Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return app;
    }
}
