using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework;

namespace SocialRiskBot.Manifest;

/// <summary>The values that replace the manifest template's placeholders, read from the bot's configuration.</summary>
internal sealed partial record ManifestValues(string TeamsAppId, string BotAppId, string Domain)
{
    public IReadOnlyDictionary<string, string> Placeholders => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["TEAMS_APP_ID"] = TeamsAppId,
        ["BOT_APP_ID"] = BotAppId,
        ["BOT_DOMAIN"] = Domain,
    };

    /// <returns>The values, or null with every missing or malformed setting named in <paramref name="problems"/>.</returns>
    public static ManifestValues? From(IServiceProvider services, IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var manifest = configuration.GetSection(ManifestOptions.SectionName).Get<ManifestOptions>() ?? new ManifestOptions();
        var botAppId = BotAppIdFrom(services, found)?.Trim();

        if (string.IsNullOrEmpty(botAppId))
        {
            found.Add("Bot:AppId is not set: the package needs the Azure Bot's Microsoft App ID, a GUID (set Bot__AppId, or the SDK's MicrosoftAppId).");
        }
        else if (!Guid.TryParseExact(botAppId, "D", out _))
        {
            found.Add($"Bot:AppId '{botAppId}' is not a GUID: the manifest's bots[0].botId must be the Azure Bot's Microsoft App ID.");
        }

        var teamsAppId = string.IsNullOrWhiteSpace(manifest.AppId) ? botAppId : manifest.AppId.Trim();
        if (!string.IsNullOrWhiteSpace(manifest.AppId) && !Guid.TryParseExact(teamsAppId, "D", out _))
        {
            found.Add($"Manifest:AppId '{teamsAppId}' is not a GUID: the manifest's id must be one (leave it empty to use Bot:AppId).");
        }

        var domain = manifest.Domain?.Trim();
        if (string.IsNullOrEmpty(domain))
        {
            found.Add("Manifest:Domain is not set: the host name Teams reaches the bot at, e.g. bot.contoso.com (set Manifest__Domain).");
        }
        else if (!HostName().IsMatch(domain))
        {
            found.Add($"Manifest:Domain '{domain}' is not a host name: give the name only, without https:// or a path or port, e.g. bot.contoso.com.");
        }

        problems = found;
        return found.Count == 0 ? new ManifestValues(teamsAppId!, botAppId!, domain!) : null;
    }

    /// <summary>
    /// The bot's app id as the host resolves it (the <c>Bot</c> section, else the SDK's flat <c>MicrosoftAppId</c>),
    /// without the serving-time validation: packing the app needs the id, not the secret or tenant.
    /// </summary>
    private static string? BotAppIdFrom(IServiceProvider services, List<string> problems)
    {
        var options = new BotFrameworkOptions();
        try
        {
            foreach (var setup in services.GetServices<IConfigureOptions<BotFrameworkOptions>>())
            {
                if (setup is IConfigureNamedOptions<BotFrameworkOptions> named)
                {
                    named.Configure(Options.DefaultName, options);
                }
                else
                {
                    setup.Configure(options);
                }
            }

            foreach (var setup in services.GetServices<IPostConfigureOptions<BotFrameworkOptions>>())
            {
                setup.PostConfigure(Options.DefaultName, options);
            }
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(ex.Message);
        }

        return options.AppId;
    }

    // Labels of letters, digits and inner hyphens, at least two of them: what validDomains and https://{domain}/ need.
    [GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")]
    private static partial Regex HostName();
}
