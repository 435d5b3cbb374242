using System.Text.RegularExpressions;

namespace SocialRiskBot.Storage.Blobs;

/// <summary>
/// Azure's naming rules, enforced by both blob backends so names that work locally work in production; the
/// blob-name rules also make sure a name can never leave its container folder on the file system.
/// </summary>
internal static partial class BlobNames
{
    private const int MaxNameLength = 1024;

    public static void Validate(string container, string name)
    {
        if (container is null || !ContainerName().IsMatch(container) || container.Contains("--", StringComparison.Ordinal))
        {
            throw Invalid($"Container name '{container}' is invalid: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }

        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            throw Invalid($"Blob name must be 1-{MaxNameLength} characters.");
        }

        if (name.Contains('\\') || name.Any(char.IsControl) || Path.IsPathRooted(name))
        {
            throw Invalid("Blob name must not be rooted or contain backslashes or control characters.");
        }

        // Empty, "." and ".." segments are how a path climbs out of its folder (or means something else than it says).
        foreach (var segment in name.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                throw Invalid("Blob name must be '/'-separated segments, none empty, '.' or '..'.");
            }
        }
    }

    private static StorageException Invalid(string message) => new(StorageFailure.Invalid, message);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
