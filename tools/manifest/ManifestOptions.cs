namespace SocialRiskBot.Manifest;

/// <summary>
/// What the Teams app package needs besides the bot's own app id (<c>Bot:AppId</c>), from the <c>Manifest</c>
/// section: appsettings, environment (<c>Manifest__Domain</c>) or the command line (<c>--Manifest:Domain=…</c>).
/// </summary>
public sealed class ManifestOptions
{
    public const string SectionName = "Manifest";

    /// <summary>The Teams app's id (a GUID). Empty: the bot's Microsoft App ID, which Teams accepts as the app id.</summary>
    public string? AppId { get; set; }

    /// <summary>Host name Teams reaches the bot at, without scheme or path, e.g. <c>bot.contoso.com</c>.</summary>
    public string? Domain { get; set; }
}
