using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Incidents;

/// <summary>One entry of a category's <c>Cc</c> list: a department id and when it applies (default: always).</summary>
public sealed class CcSettings
{
    [Required(ErrorMessage = "Name the department to cc.")]
    public string Department { get; set; } = string.Empty;

    /// <summary>Always, PersonalData, OfficialAccount or MediaAttention, in any case.</summary>
    public string When { get; set; } = nameof(CcCondition.Always);
}
