namespace SocialRiskBot.Incidents;

/// <summary>
/// Enum values in configuration are read as text on purpose: the configuration binder silently drops a list
/// entry whose enum value does not convert, so a typo would make a whole category vanish without a word.
/// </summary>
internal static class EnumSetting
{
    /// <summary>
    /// One name of <typeparamref name="T"/>, in any case. Numbers and lists are refused: Enum.TryParse would read
    /// "Medium,High" as the bitwise OR of the two, which here happens to be Critical.
    /// </summary>
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        var name = text?.Trim();
        return !string.IsNullOrEmpty(name)
            && name.All(char.IsAsciiLetter)
            && Enum.TryParse(name, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
