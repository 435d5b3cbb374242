using System.Text.Json;

namespace SocialRiskBot.BotFramework.Schema;

/// <summary>The answer to an <c>invoke</c> activity; it becomes the HTTP status and JSON body of the inbound request.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
