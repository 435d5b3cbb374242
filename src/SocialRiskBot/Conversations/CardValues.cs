using System.Globalization;
using System.Text.Json;

namespace SocialRiskBot.Conversations;

/// <summary>Reads what a card submitted. Teams sends inputs as strings; anything odd reads as "not given".</summary>
internal static class CardValues
{
    public static string? Text(JsonElement form, string name) =>
        form.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;

    /// <summary>A version token: a number, or a string holding one.</summary>
    public static int? Version(JsonElement form) => Number(form, "version");

    /// <summary>A whole number, sent as a number or as text.</summary>
    public static int? Number(JsonElement form, string name) => form.TryGetProperty(name, out var v) switch
    {
        true when v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) => n,
        true when v.ValueKind == JsonValueKind.String && int.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    /// <summary>An Input.Toggle: "true" is on, anything else off.</summary>
    public static bool Toggle(JsonElement form, string name) => Text(form, name) == "true";
}
