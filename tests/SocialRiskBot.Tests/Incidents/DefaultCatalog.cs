using Microsoft.Extensions.Options;
using SocialRiskBot.Incidents;

namespace SocialRiskBot.Tests.Incidents;

/// <summary>The catalog as it is when configuration names no categories.</summary>
internal static class DefaultCatalog
{
    public static CategoryCatalog Create() => new(Options.Create(new IncidentsOptions { Categories = [.. IncidentsOptions.Defaults] }));

    public static IncidentCategory Get(string id) => Create().Find(id) ?? throw new ArgumentException($"No default category '{id}'.", nameof(id));
}
