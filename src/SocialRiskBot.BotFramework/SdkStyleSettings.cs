namespace SocialRiskBot.BotFramework;

/// <summary>
/// The flat keys of the Bot Framework SDK (<c>MicrosoftAppId</c>, …), read from the configuration root so that
/// people migrating an SDK bot can keep their settings. The <c>Bot</c> section wins where both are set.
/// </summary>
public sealed class SdkStyleSettings
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string? MicrosoftAppType { get; set; }

    internal void ApplyTo(BotFrameworkOptions options, bool appTypeSetInSection)
    {
        options.AppId = FirstSet(options.AppId, MicrosoftAppId);
        options.AppPassword = FirstSet(options.AppPassword, MicrosoftAppPassword);
        options.TenantId = FirstSet(options.TenantId, MicrosoftAppTenantId);
        if (!appTypeSetInSection && !string.IsNullOrWhiteSpace(MicrosoftAppType))
        {
            options.AppType = Enum.TryParse<BotAppType>(MicrosoftAppType, ignoreCase: true, out var type)
                ? type
                : throw new InvalidOperationException($"MicrosoftAppType '{MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMsi.");
        }
    }

    private static string? FirstSet(string? section, string? flat) => string.IsNullOrWhiteSpace(section) ? flat : section;
}
