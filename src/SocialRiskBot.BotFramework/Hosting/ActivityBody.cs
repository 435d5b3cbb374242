using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.BotFramework.Hosting;

/// <summary>Reads and checks the raw body of an inbound activity.</summary>
internal static class ActivityBody
{
    public readonly record struct Body(byte[] Bytes, bool TooLarge);

    /// <summary>Reads at most <paramref name="maxBytes"/>; a longer body is refused without reading it all.</summary>
    public static async Task<Body> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return new Body([], TooLarge: true);
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is > 0 and var length ? (int)length : 4096);
        var stream = request.Body;
        while (true)
        {
            var memory = buffer.GetMemory(8192);
            var read = await stream.ReadAsync(memory, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return new Body(buffer.WrittenSpan.ToArray(), TooLarge: false);
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return new Body([], TooLarge: true);
            }
        }
    }

    /// <returns>The activity, or null with the reason when it is not one we can process (→ 400).</returns>
    public static Activity? Parse(byte[] bytes, out string? problem)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(bytes, BotJson.Wire.Activity);
        }
        catch (JsonException)
        {
            problem = "The body is not a JSON activity.";
            return null;
        }

        problem = activity switch
        {
            null => "The body is not a JSON activity.",
            { Type: null or "" } => "The activity has no type.",
            { Conversation: null } or { Conversation.Id: null or "" } => "The activity has no conversation id.",
            { ServiceUrl: null or "" } => "The activity has no serviceUrl.",
            _ when !IsHttpUrl(activity.ServiceUrl) => "The activity's serviceUrl is not an absolute http(s) URL.",
            { From: null } or { From.Id: null or "" } => "The activity has no from.id.",
            _ when ActivityIds.FirstBad(activity) is { } name => $"The activity's {name} is longer than {ActivityIds.MaxLength} characters or holds control characters.",
            _ => null,
        };
        if (problem is not null)
        {
            return null;
        }

        DropNullItems(activity!);
        return activity;
    }

    /// <summary>A <c>null</c> inside a list (<c>"entities":[null]</c>) means nothing; dropped so that no handler trips on it.</summary>
    private static void DropNullItems(Activity activity)
    {
        activity.Entities?.RemoveAll(e => e is null);
        activity.Attachments?.RemoveAll(a => a is null);
        activity.MembersAdded?.RemoveAll(m => m is null);
        activity.MembersRemoved?.RemoveAll(m => m is null);
    }

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
