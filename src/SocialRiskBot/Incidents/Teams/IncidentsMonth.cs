using System.Globalization;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Incidents.Teams;

/// <summary>The month of <c>report incidents [yyyy-MM]</c>, read once from what follows the words.</summary>
/// <param name="Given">The first day of the month typed; null when none was (this month so far) or the text is no month.</param>
/// <param name="Readable">False when something other than a <c>yyyy-MM</c> month followed the words.</param>
public sealed record IncidentsMonth(DateOnly? Given, bool Readable)
{
    public static IncidentsMonth Parse(CommandText text) =>
        text.Argument.Length == 0 ? new(null, true)
        : DateTime.TryParseExact(text.Argument, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? new(DateOnly.FromDateTime(month), true)
        : new(null, false);
}
