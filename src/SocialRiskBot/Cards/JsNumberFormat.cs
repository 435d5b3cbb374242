using System.Globalization;

namespace SocialRiskBot.Cards;

/// <summary>
/// Numbers inside text read the way the official templating engine (JavaScript) writes them: shortest
/// round-trip digits, plain notation from 1e-6 up to 1e21, exponent notation like <c>1e+21</c> beyond.
/// </summary>
internal static class JsNumberFormat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return "0"; // JavaScript prints -0 as "0" too
        }

        var (negative, digits, exponent) = Decompose(value.ToString("R", CultureInfo.InvariantCulture));
        string body;
        if (exponent >= 21 || exponent < -6)
        {
            var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
            body = $"{mantissa}e{(exponent < 0 ? "-" : "+")}{Math.Abs(exponent).ToString(CultureInfo.InvariantCulture)}";
        }
        else if (exponent >= digits.Length - 1)
        {
            body = digits + new string('0', exponent - digits.Length + 1);
        }
        else if (exponent >= 0)
        {
            body = digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
        }
        else
        {
            body = "0." + new string('0', -exponent - 1) + digits;
        }

        return negative ? "-" + body : body;
    }

    /// <summary>The significant digits (no trailing zeros) and the decimal exponent of the first one.</summary>
    private static (bool Negative, string Digits, int Exponent) Decompose(string roundTrip)
    {
        var negative = roundTrip.StartsWith('-');
        var plain = roundTrip.TrimStart('-');
        if (!plain.Contains('E', StringComparison.Ordinal))
        {
            var point = plain.IndexOf('.', StringComparison.Ordinal);
            var integerPart = point < 0 ? plain : plain[..point];
            var fraction = point < 0 ? string.Empty : plain[(point + 1)..];
            var all = (integerPart + fraction).TrimStart('0');
            var leadingZeros = (integerPart + fraction).Length - all.Length;
            var exponent = integerPart.Length - 1 - leadingZeros;
            return (negative, all.TrimEnd('0') is { Length: > 0 } d ? d : "0", exponent);
        }

        var e = plain.IndexOf('E', StringComparison.Ordinal);
        var mantissa = plain[..e].Replace(".", string.Empty, StringComparison.Ordinal).TrimEnd('0');
        return (negative, mantissa.Length > 0 ? mantissa : "0", int.Parse(plain[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }
}
