using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialRiskBot.Incidents.Sla;

public enum SlaUnit
{
    Minutes,
    Hours,
    BusinessDays,
}

/// <summary>
/// A target as configuration writes it and people read it: <c>15 minutes</c>, <c>4 hours</c>, <c>1 business day</c>.
/// Business days are counted on a calendar (see <see cref="BusinessCalendar"/>), so they are not a fixed span.
/// </summary>
public readonly partial record struct SlaDuration(int Amount, SlaUnit Unit)
{
    /// <summary>The accepted spelling, for error messages.</summary>
    public const string Expected = "a whole number followed by minutes, hours or business days (e.g. \"15 minutes\", \"4 hours\", \"1 business day\")";

    public static bool TryParse(string? text, out SlaDuration duration)
    {
        duration = default;
        var match = text is null ? Match.Empty : Format().Match(text.Trim());
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount < 1)
        {
            return false;
        }

        var word = match.Groups["unit"].Value.ToLowerInvariant();
        duration = new SlaDuration(amount, word.StartsWith("minute", StringComparison.Ordinal) ? SlaUnit.Minutes
            : word.StartsWith("hour", StringComparison.Ordinal) ? SlaUnit.Hours
            : SlaUnit.BusinessDays);
        return true;
    }

    /// <summary>In words for a reporter: "15 minutes", "1 hour", "3 business days".</summary>
    public override string ToString()
    {
        var unit = Unit switch
        {
            SlaUnit.Minutes => "minute",
            SlaUnit.Hours => "hour",
            _ => "business day",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Amount} {unit}{(Amount == 1 ? string.Empty : "s")}");
    }

    // At most 99,999 of anything: a target longer than that is a typo, not a policy.
    [GeneratedRegex(@"^(?<n>[0-9]{1,5})\s+(?<unit>minutes?|hours?|business\s+days?)\z", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Format();
}
