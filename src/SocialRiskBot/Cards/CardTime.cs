using System.Globalization;

namespace SocialRiskBot.Cards;

/// <summary>
/// Times on cards, shown to each viewer in their own time zone: the card carries an RFC 3339 UTC stamp and the
/// Adaptive Cards <c>{{DATE(…)}}</c> / <c>{{TIME(…)}}</c> functions, which Teams formats on the viewer's device
/// (https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features). Only TextBlock, TextRun and FactSet
/// text is formatted; the stamp must be exactly <c>yyyy-MM-ddTHH:mm:ssZ</c> or the viewer sees the raw text.
/// </summary>
public static class CardTime
{
    /// <summary>"2026-12-03T16:57:00Z": what a template places inside <c>{{DATE(${at}, SHORT)}}</c>.</summary>
    public static string Stamp(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Date and time for text a composer writes whole (a sentence with a deadline in it): "Tue, Mar 17, 2026 at 8:52 AM" for the viewer.</summary>
    public static string Local(DateTimeOffset at)
    {
        var stamp = Stamp(at);
        return $"{{{{DATE({stamp}, SHORT)}}}} at {{{{TIME({stamp})}}}}";
    }
}
