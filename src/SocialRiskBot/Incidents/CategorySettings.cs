using System.ComponentModel.DataAnnotations;

namespace SocialRiskBot.Incidents;

/// <summary>One entry of <c>Incidents:Categories</c>, as configured.</summary>
public sealed class CategorySettings
{
    [Required(ErrorMessage = "A category needs an id.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "A category id is lower-case words joined by hyphens, e.g. account-compromise; it is stored with every case, so never change it.")]
    public string Id { get; set; } = string.Empty;

    /// <summary>The button text a reporter taps, often on a phone.</summary>
    [Required(ErrorMessage = "A category needs a label (the button text).")]
    [StringLength(40, ErrorMessage = "A label is button text on a phone: at most 40 characters.")]
    public string Label { get; set; } = string.Empty;

    [Required(ErrorMessage = "A category needs a one-sentence description.")]
    [StringLength(200, ErrorMessage = "A description is one sentence: at most 200 characters.")]
    public string Description { get; set; } = string.Empty;

    /// <summary>The id of the department that works these cases.</summary>
    [Required(ErrorMessage = "A category needs an owner department.")]
    public string Owner { get; set; } = string.Empty;

    public List<CcSettings> Cc { get; set; } = [];

    /// <summary>Low, Medium, High or Critical, in any case.</summary>
    [Required(ErrorMessage = "A category needs a default severity: Low, Medium, High or Critical.")]
    public string? Severity { get; set; }

    /// <summary>
    /// A legal clock for this kind of case: the hours from the report within which a regulator may have to be told
    /// (72 for a personal-data breach under the GDPR). The case card shows the deadline; empty for none.
    /// </summary>
    [Range(1, 720, ErrorMessage = "NotificationHours is the hours a regulator allows, from 1 to 720 (the GDPR's is 72).")]
    public int? NotificationHours { get; set; }

    /// <summary>Two to four short do/don't lines shown to the reporter right after submitting.</summary>
    public List<string> Advice { get; set; } = [];
}
