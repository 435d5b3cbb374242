using Microsoft.Extensions.Options;

namespace SocialRiskBot.Organization;

/// <summary>The company's departments, in configuration order.</summary>
public sealed class DepartmentDirectory(IOptions<DepartmentsOptions> options)
{
    private readonly Department[] _all = [.. options.Value.Departments.Select(d => new Department(d.Id, d.Name))];

    public IReadOnlyList<Department> All => _all;

    public Department? Find(string? id) => _all.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}
