namespace SocialRiskBot.Tests.Incidents;

/// <summary>Lets a test add a key to configuration settings inline.</summary>
internal static class SettingsExtensions
{
    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, string key, string? value)
    {
        settings[key] = value;
        return settings;
    }
}
