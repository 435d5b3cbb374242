using Microsoft.Extensions.Options;

namespace SocialRiskBot.Organization;

/// <summary>The company's departments, in configuration order.</summary>
public sealed class DepartmentDirectory(IOptions<DepartmentsOptions> options)
{
    private readonly Department[] _all = [.. options.Value.Departments.Select(ToDepartment)];

    public IReadOnlyList<Department> All => _all;

    public Department? Find(string? id) => _all.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    private static Department ToDepartment(DepartmentSettings settings) => new(settings.Id, settings.Name)
    {
        // An empty value (e.g. an environment variable set to nothing) means "not set up".
        Remit = string.IsNullOrWhiteSpace(settings.Remit) ? null : settings.Remit.Trim(),
        TeamId = string.IsNullOrWhiteSpace(settings.TeamId) ? null : settings.TeamId,
        ChannelId = string.IsNullOrWhiteSpace(settings.ChannelId) ? null : settings.ChannelId,
        // Teams sends Entra object ids in lower case; store them the same way so a plain comparison works.
        Responders = [.. settings.Responders.Select(r => Guid.Parse(r).ToString("D"))],
    };
}
