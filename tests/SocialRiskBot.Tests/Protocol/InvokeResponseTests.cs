using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.BotFramework;
using SocialRiskBot.BotFramework.Hosting;

namespace SocialRiskBot.Tests.Protocol;

/// <summary>An invoke's answer travels in the HTTP response: the handler's status and JSON body, or 501 when it gave none.</summary>
public class InvokeResponseTests
{
    [Fact]
    public async Task The_handlers_invoke_response_becomes_the_http_status_and_json_body()
    {
        var card = JsonSerializer.SerializeToElement(new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "Thanks!" });
        var (status, body) = await InvokeAsync(turn => turn.InvokeResponse = new BotFramework.Schema.InvokeResponse(200, card));

        Assert.Equal(200, status);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Thanks!", json.RootElement.GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_status_without_a_body_is_just_the_status()
    {
        var (status, body) = await InvokeAsync(turn => turn.InvokeResponse = new BotFramework.Schema.InvokeResponse(412));

        Assert.Equal(412, status);
        Assert.Equal(string.Empty, body);
    }

    [Fact]
    public async Task No_invoke_response_means_501()
    {
        var (status, _) = await InvokeAsync(_ => { });
        Assert.Equal(501, status);
    }

    [Fact]
    public async Task A_handler_that_throws_on_an_invoke_gives_500_not_a_crash()
    {
        var (status, _) = await InvokeAsync(_ => throw new InvalidOperationException("boom"));
        Assert.Equal(500, status);
    }

    private static async Task<(int Status, string Body)> InvokeAsync(Action<TurnContext> handle)
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AllowUnauthenticated"] = "true", // no app id and no host environment
            }).Build())
            .AddLogging()
            .AddSingleton<IActivityHandler>(new LambdaHandler(handle));
        services.AddBotFramework();
        await using var provider = services.BuildServiceProvider();

        var context = new DefaultHttpContext { RequestServices = provider };
        var activity = """
            {"type":"invoke","name":"adaptiveCard/action","id":"i1","channelId":"msteams","serviceUrl":"https://smba.trafficmanager.net/amer/",
             "conversation":{"id":"a:1"},"from":{"id":"29:u"},"value":{"action":{"type":"Action.Execute","verb":"ok"}}}
            """;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(activity));
        context.Response.Body = new MemoryStream();

        var result = await provider.GetRequiredService<BotRequestProcessor>().ProcessAsync(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);

        context.Response.Body.Position = 0;
        return (context.Response.StatusCode, await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    private sealed class LambdaHandler(Action<TurnContext> handle) : IActivityHandler
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            handle(turn);
            return Task.CompletedTask;
        }
    }
}
