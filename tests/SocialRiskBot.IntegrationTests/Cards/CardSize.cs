using System.Text;
using System.Text.Json.Nodes;
using SocialRiskBot.BotFramework.Schema;

namespace SocialRiskBot.IntegrationTests.Cards;

/// <summary>
/// The size of a card as it goes on the wire (serialized like every activity, by <see cref="BotJson.Wire"/>).
/// Teams counts message size in UTF-16 (two bytes per char); the 28 KB budget is also quoted in bytes of UTF-8.
/// We count the larger of the two, so a card under the budget is under it by either measure.
/// </summary>
internal static class CardSize
{
    /// <summary>28 KB: the incoming-webhook limit we design cards for (docs/bot-protocol.md, "Teams limits").</summary>
    public const int BudgetBytes = 28 * 1024;

    public static string WireJson(JsonNode card) => card.ToJsonString(BotJson.Wire.Options);

    public static int Bytes(JsonNode card)
    {
        var json = WireJson(card);
        return Math.Max(Encoding.UTF8.GetByteCount(json), json.Length * 2);
    }
}
