namespace SocialRiskBot.Abuse;

/// <summary>What a person does that is counted against a rate limit.</summary>
public enum LimitedAction
{
    /// <summary>Starting a new report (<c>report</c> with no report in progress).</summary>
    StartReport,

    /// <summary>A question for the FAQ.</summary>
    Question,

    /// <summary>A question passed on to the policy team's channel (<c>faq.askteam</c>).</summary>
    PolicyQuestion,
}
