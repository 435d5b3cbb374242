using System.Text;

namespace SocialRiskBot.Storage;

/// <summary>
/// Turns ids from the wire (conversation ids, activity ids) into valid table keys. Azure forbids '/', '\\',
/// '#', '?' and control characters in keys; we percent-encode those (and '%' itself) so keys stay readable
/// and distinct ids never collide.
/// </summary>
public static class TableKeys
{
    public static string Encode(string id)
    {
        if (!id.Any(NeedsEscape))
        {
            return id;
        }

        var builder = new StringBuilder(id.Length + 16);
        foreach (var c in id)
        {
            if (NeedsEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
