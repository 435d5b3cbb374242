using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace SocialRiskBot.Evidence;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// Evidence files: options (checked at startup), the trusted hosts, and the signed links the evidence endpoint serves them by. Needs AddStorage; files sent in Teams come in through <c>AddEvidenceTeams()</c>.
    /// </summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section)
            .Configure<IConfiguration>(UseManifestDomain)
            .PostConfigure(EvidenceOptions.ApplyDefaults)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EvidenceOptions>, EvidenceOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EvidenceHosts>();
        services.TryAddSingleton<EvidenceLinkKey>();
        services.TryAddSingleton<EvidenceLinks>();
        services.TryAddSingleton<EvidenceBlobs>();
        return services;
    }

    // The bot's public host is already configured for the Teams app package; links use it unless told otherwise.
    private static void UseManifestDomain(EvidenceOptions options, IConfiguration configuration)
    {
        if (options.PublicBaseUrl is null
            && configuration[EvidenceOptions.ManifestDomainKey] is { Length: > 0 } domain
            && Uri.TryCreate($"https://{domain.Trim().TrimEnd('/')}/", UriKind.Absolute, out var url))
        {
            options.PublicBaseUrl = url;
        }
    }
}
