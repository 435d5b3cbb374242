namespace SocialRiskBot.Incidents;

/// <summary>The checked details of a report. <see cref="WhatHappened"/> and <see cref="Link"/> are the reporter's own words, shown literally.</summary>
public sealed record ReportDetails(
    string PlatformId,
    string? Link,
    DateTimeOffset NoticedAt,
    string WhatHappened,
    IncidentFacts Facts);
