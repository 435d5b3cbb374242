using System.Net;
using System.Text;
using System.Text.Json;

namespace SocialRiskBot.IntegrationTests.Infrastructure;

/// <summary>What Teams posts to the bot for Alex's personal chat, and how tests post it and wait for the host.</summary>
public static class TeamsMessages
{
    /// <summary>A message from Alex in personal chat, as JSON fields a test may still change.</summary>
    public static Dictionary<string, object?> Personal(string serviceUrl, string? text) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["text"] = text,
        ["from"] = new { id = "29:alex", name = "Alex Wilber", aadObjectId = "aad-alex" },
        ["recipient"] = new { id = "28:bot", name = "SocialRiskBot" },
        ["conversation"] = new { id = "a:personal-alex", conversationType = "personal", tenantId = "t1" },
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, object?> activity) =>
        client.PostAsync("/api/messages", new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"));

    /// <summary>Polls <c>/readyz</c> while the FAQ's vectors build (the only 503 allowed meanwhile); returns the last answer.</summary>
    public static async Task<HttpResponseMessage> UntilReadyAsync(HttpClient client)
    {
        var ready = await client.GetAsync("/readyz");
        for (var wait = 0; ready.StatusCode == HttpStatusCode.ServiceUnavailable && wait < 600; wait++)
        {
            Assert.Equal("FAQ index building", await ready.Content.ReadAsStringAsync());
            await Task.Delay(100);
            ready = await client.GetAsync("/readyz");
        }

        return ready;
    }
}
