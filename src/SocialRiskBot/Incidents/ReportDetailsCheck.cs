using System.Globalization;

namespace SocialRiskBot.Incidents;

/// <summary>
/// Turns what the reporter gave into <see cref="ReportDetails"/>, or says kindly what to fix. Times are read
/// in the reporter's time zone; a missing time means "now".
/// </summary>
public static class ReportDetailsCheck
{
    public const int MaxWhatHappened = 2000;
    public const int MaxLink = 2000;

    public static (ReportDetails? Details, string? Problem) Check(ReportDetailsInput input, string? timeZone, DateTimeOffset now)
    {
        var platform = string.IsNullOrWhiteSpace(input.Platform) ? Platforms.OtherId : input.Platform.Trim();
        if (Platforms.NameOf(platform) is null)
        {
            return (null, "Please choose where it happened from the list.");
        }

        var what = input.WhatHappened?.Trim() ?? string.Empty;
        if (StoryProblem(what) is { } storyProblem)
        {
            return (null, storyProblem);
        }

        var link = string.IsNullOrWhiteSpace(input.Link) ? null : input.Link.Trim();
        if (link is not null && (link.Length > MaxLink || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            return (null, "The link should be a web address starting with https:// (or leave it empty).");
        }

        var urgency = string.IsNullOrWhiteSpace(input.Urgency) ? Severity.Low : ParseUrgency(input.Urgency);
        if (urgency is null)
        {
            return (null, "Please choose how urgent it feels from the list.");
        }

        var noticed = NoticedAt(input.NoticedDate, input.NoticedTime, timeZone, now);
        if (noticed is null)
        {
            return (null, "Please give the date as shown in the date picker (for example 2026-11-23) and the time as 14:30.");
        }

        if (noticed > now + TimeSpan.FromMinutes(5))
        {
            return (null, "When you noticed it can't be in the future.");
        }

        var facts = new IncidentFacts(input.PersonalData, input.OfficialAccount, input.StillVisible, input.MediaAttention, urgency.Value);
        return (new ReportDetails(platform, link, noticed.Value, what, facts), null);
    }

    /// <summary>What is wrong with the story (empty, too long), or null; leading and trailing spaces do not count.</summary>
    public static string? StoryProblem(string? story)
    {
        var what = story?.Trim() ?? string.Empty;
        if (what.Length == 0)
        {
            return "Please tell us what happened, even in a few words.";
        }

        return what.Length > MaxWhatHappened
            ? $"Please keep \"what happened\" to {MaxWhatHappened:N0} characters (it is {what.Length:N0} now). The link can carry the rest."
            : null;
    }

    /// <summary>Where and how urgent, when either was left unchosen; null when both are there.</summary>
    public static string? MissingChoice(ReportDetailsInput input) =>
        (string.IsNullOrWhiteSpace(input.Platform), string.IsNullOrWhiteSpace(input.Urgency)) switch
        {
            (true, true) => "Please choose where it happened and how urgent it feels.",
            (true, false) => "Please choose where it happened from the list.",
            (false, true) => "Please choose how urgent it feels.",
            _ => null,
        };

    private static Severity? ParseUrgency(string text) => text.Trim().ToLowerInvariant() switch
    {
        "low" => Severity.Low,
        "medium" => Severity.Medium,
        "high" => Severity.High,
        "critical" => Severity.Critical,
        _ => null,
    };

    /// <summary>Date and time in the reporter's zone (UTC when unknown); either missing falls back to now.</summary>
    private static DateTimeOffset? NoticedAt(string? date, string? time, string? timeZone, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(date) && string.IsNullOrWhiteSpace(time))
        {
            return now;
        }

        var zone = TimeZones.Find(timeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        DateOnly day = DateOnly.FromDateTime(local.DateTime);
        TimeOnly clock = TimeOnly.FromDateTime(local.DateTime);
        if (!string.IsNullOrWhiteSpace(date) && !DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(time) && !TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out clock))
        {
            return null;
        }

        var wall = day.ToDateTime(clock, DateTimeKind.Unspecified);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }
}
