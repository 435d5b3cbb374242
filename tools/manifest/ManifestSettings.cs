using SocialRiskBot.BotFramework;
using SocialRiskBot.Hosting;

namespace SocialRiskBot.Manifest;

/// <summary>
/// The bot's configuration as the bot itself reads it: <c>appsettings*.json</c> from the working folder, the
/// repository's <c>appsettings.Development.json</c> and the bot's user secrets in Development, environment
/// variables, then the command line (<c>--Manifest:Domain=…</c>).
/// </summary>
internal static class ManifestSettings
{
    /// <summary>
    /// The template filled from that configuration (<c>Manifest:AppId</c>, <c>Manifest:Domain</c>, <c>Bot:AppId</c>),
    /// with its icons; null when a setting is missing or malformed, each one named in <paramref name="problems"/>.
    /// </summary>
    public static ManifestPackage? FillTemplate(IReadOnlyList<string> configurationArgs, out IReadOnlyList<string> problems)
    {
        // Only configuration and the protocol library's options are used: nothing is started, no store is opened.
        var hostSettings = new ConfigurationManager();
        hostSettings.AddEnvironmentVariables("ASPNETCORE_"); // ASPNETCORE_ENVIRONMENT, as the bot's web host reads it
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [.. configurationArgs], Configuration = hostSettings });
        RepositoryLayout.AddDevelopmentSettings(builder.Configuration, builder.Environment);
        builder.Services.AddBotFramework();
        using var services = builder.Services.BuildServiceProvider();
        try
        {
            if (ManifestValues.From(services, builder.Configuration, out problems) is not { } values)
            {
                return null;
            }

            var template = ManifestTemplate.Load();
            return ManifestPackage.FromTemplate(template, template.Fill(values.Placeholders));
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException)
        {
            problems = [ex.Message];
            return null;
        }
    }
}
