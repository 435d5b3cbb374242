using System.Text.RegularExpressions;
using SocialRiskBot.Conversations;

namespace SocialRiskBot.Training.Teams;

/// <summary>What the typed <c>assign</c> asks for.</summary>
public enum AssignCommandKind
{
    /// <summary>The word alone: the assign card.</summary>
    Form,

    /// <summary><c>assign &lt;module&gt; to &lt;department|everyone&gt; by &lt;date&gt;</c>.</summary>
    Assignment,

    /// <summary>Words after <c>assign</c> in no such shape.</summary>
    Malformed,
}

/// <summary>
/// The typed <c>assign</c>, read once from what follows the word: the module, the audience (a department or everyone)
/// and the due date as the admin wrote them. They are checked against the modules, the departments and today by
/// <see cref="Campaigns.AssignRequest.Check"/>, the same check as the assign card's.
/// </summary>
public sealed partial record AssignCommand(AssignCommandKind Kind, string Module, string Audience, string Due)
{
    internal const string HowToWrite =
        "Please write it as **assign** *module* **to** *department or everyone* **by** *date*, for example: assign account-security to marketing by 2026-12-15.";

    public static AssignCommand Parse(CommandText text)
    {
        if (text.Argument.Length == 0)
        {
            return new AssignCommand(AssignCommandKind.Form, string.Empty, string.Empty, string.Empty);
        }

        var match = Grammar().Match(text.Argument);
        return match.Success
            ? new AssignCommand(AssignCommandKind.Assignment, match.Groups["module"].Value, match.Groups["scope"].Value, match.Groups["date"].Value)
            : new AssignCommand(AssignCommandKind.Malformed, string.Empty, string.Empty, string.Empty);
    }

    [GeneratedRegex(@"^(?<module>.+?)\s+to\s+(?<scope>.+?)\s+by\s+(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Grammar();
}
