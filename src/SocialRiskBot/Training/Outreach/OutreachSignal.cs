namespace SocialRiskBot.Training.Outreach;

/// <summary>Starts an outreach pass at once, e.g. when a module was just assigned.</summary>
public sealed class OutreachSignal : Jobs.JobSignal;
