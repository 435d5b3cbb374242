using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Hosting;

public static class BotEndpoint
{
    public const string Path = "/api/messages";

    /// <summary><c>POST /api/messages</c>, the messaging endpoint set on the Azure Bot resource. Other methods get 405.</summary>
    public static IEndpointRouteBuilder MapBotEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, (HttpRequest request, BotRequestProcessor processor, CancellationToken cancellationToken) =>
            processor.ProcessAsync(request, cancellationToken));
        return app;
    }
}
