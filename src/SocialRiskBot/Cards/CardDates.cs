using System.Globalization;

namespace SocialRiskBot.Cards;

/// <summary>How every card shows a moment: in UTC, with the weekday, e.g. "Tue 3 Mar 2026, 09:00 UTC".</summary>
public static class CardDates
{
    public static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("ddd d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
