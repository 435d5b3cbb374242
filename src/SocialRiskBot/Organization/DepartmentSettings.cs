using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Organization;

/// <summary>One entry of the <c>Departments</c> list. Only the id and the name are required.</summary>
public sealed class DepartmentSettings
{
    [Required]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "A department id is lower-case words joined by hyphens, e.g. it-security.")]
    public string Id { get; set; } = string.Empty;

    [Required]
    [StringLength(60, MinimumLength = 1)]
    public string Name { get; set; } = string.Empty;

    /// <summary>What the department looks after in social-media risk, in a few words (content renders it with <c>{committee}</c>).</summary>
    [StringLength(120, ErrorMessage = "A remit is a few words read on a phone: at most 120 characters.")]
    public string? Remit { get; set; }

    /// <summary>The Teams team id, as Teams sends it (<c>19:…@thread.tacv2</c>).</summary>
    public string? TeamId { get; set; }

    /// <summary>The channel where this department's cases are posted (<c>19:…@thread.tacv2</c>).</summary>
    public string? ChannelId { get; set; }

    /// <summary>Entra object ids (GUIDs) of people who may act on this department's cases.</summary>
    public List<string> Responders { get; set; } = [];
}
