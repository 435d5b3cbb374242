namespace SocialRiskBot.Exports;

/// <summary>CSV (RFC 4180) fields that open safely in a spreadsheet: every export writes its fields through here.</summary>
public static class SpreadsheetCsv
{
    /// <summary>
    /// Quotes a field when it needs it, and defuses text a spreadsheet would run as a formula (a name typed as
    /// "=HYPERLINK(…)") by a leading apostrophe.
    /// </summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>One line of fields, without the line end.</summary>
    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field));
}
