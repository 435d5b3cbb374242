using System.Globalization;
using System.Text.RegularExpressions;

namespace SocialRiskBot.Incidents;

/// <summary>
/// What people quote about a case: <c>SMR-2026-0042</c> — the year it was reported and its place in that
/// year, at least four digits (more once a year passes 9,999 cases).
/// </summary>
public readonly partial record struct CaseNumber
{
    public CaseNumber(int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        Year = year;
        Sequence = sequence;
    }

    public int Year { get; }

    public int Sequence { get; }

    /// <summary>Reads a case number back (e.g. from a card action); false for anything we would not have issued.</summary>
    public static bool TryParse(string? text, out CaseNumber caseNumber)
    {
        caseNumber = default;
        var match = text is null ? Match.Empty : Format().Match(text);
        if (!match.Success
            || !int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(match.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || sequence < 1)
        {
            return false;
        }

        caseNumber = new CaseNumber(year, sequence);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SMR-{Year}-{Sequence:D4}");

    // Exactly four digits up to 9999, no leading zero beyond that: each case has one spelling. \z, not $: $ accepts a trailing newline.
    [GeneratedRegex(@"^SMR-(?<year>[1-9][0-9]{3})-(?<seq>[0-9]{4}|[1-9][0-9]{4,8})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
