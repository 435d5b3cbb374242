namespace SocialRiskBot.Content;

/// <summary>
/// A department as content names it (<c>{department:id}</c>); one that sits on the risk committee is listed, with
/// what it looks after, by <c>{committee}</c>.
/// </summary>
public sealed record DepartmentName(string Id, string Name, string? Remit, bool OnCommittee);

/// <summary>
/// An incident category as content names it: the label reporters tap (<c>{category:id}</c>), the department that
/// owns its cases (<c>{owner:id}</c>), and where its cases go, in words with the configured names (<c>{routing:id}</c>).
/// </summary>
public sealed record CategoryName(string Id, string Label, string OwnerId, string Routing);

/// <summary>A training module as content names it (<c>{module:id}</c>).</summary>
public sealed record ModuleTitle(string Id, string Title);
