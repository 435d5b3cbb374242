using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Authentication;
using SocialRiskBot.BotFramework.Hosting;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Tables;

namespace SocialRiskBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>/healthz</c>: the process answers <c>ok</c>, followed by a second line when requests without a token are
    /// accepted. <c>/readyz</c>: and its storage is reachable, Teams' signing keys are at hand (unless no token is
    /// required), and what it builds after start (the FAQ's vectors) is built (503 otherwise, naming what is not).
    /// The App Service health check uses <c>/readyz</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", (IOptions<BotFrameworkOptions> bot) =>
            Results.Text(UnauthenticatedMode.Describe(bot.Value) is { } unauthenticated ? $"ok\n{unauthenticated}\n" : "ok"));
        app.MapGet("/readyz", async (ITableStore store, InboundTokenValidator tokens, IEnumerable<IReadinessCheck> checks, CancellationToken cancellationToken) =>
        {
            try
            {
                await store.CheckAvailableAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (StorageException ex) when (ex.Failure == StorageFailure.Unavailable)
            {
                return Results.Text("storage unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var notReady = await tokens.NotReadyBecauseAsync(cancellationToken).ConfigureAwait(false)
                ?? checks.Select(c => c.NotReadyBecause).FirstOrDefault(r => r is not null);
            return notReady is not null
                ? Results.Text(notReady, statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Text("ready");
        });
        return app;
    }
}
