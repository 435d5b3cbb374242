namespace SocialRiskBot.Incidents;

/// <summary>The details as the reporter gave them (card inputs or typed text), not yet checked.</summary>
public sealed record ReportDetailsInput(
    string? Platform,
    string? Link,
    string? NoticedDate,
    string? NoticedTime,
    string? WhatHappened,
    bool StillVisible,
    bool PersonalData,
    bool OfficialAccount,
    bool MediaAttention,
    string? Urgency);
