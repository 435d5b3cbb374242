namespace SocialRiskBot.Incidents;

/// <summary>When a category's cc department is told about a case.</summary>
public enum CcCondition
{
    Always,

    /// <summary>Only when the reporter says personal data is involved.</summary>
    PersonalData,

    /// <summary>Only when the reporter says an official company account is involved.</summary>
    OfficialAccount,

    /// <summary>Only when the reporter says journalists or lots of people are already talking about it.</summary>
    MediaAttention,
}
