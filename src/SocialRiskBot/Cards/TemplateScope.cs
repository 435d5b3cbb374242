using System.Text.Json.Nodes;

namespace SocialRiskBot.Cards;

/// <summary>Where expressions look things up: the whole data (<c>$root</c>), the current data (<c>$data</c>), the repetition index.</summary>
internal sealed record TemplateScope(JsonNode Root, JsonNode? Data, int? Index);
