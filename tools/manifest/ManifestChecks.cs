using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialRiskBot.Manifest;

/// <summary>
/// What the official schema does not check and Teams still refuses: <c>version</c> must be semver, no
/// placeholder may be left, and the icons must be PNGs of the right size, the outline white on transparent.
/// </summary>
internal static partial class ManifestChecks
{
    public const int ColorIconSize = 192;
    public const int OutlineIconSize = 32;

    public static IReadOnlyList<ManifestProblem> Run(ManifestPackage package)
    {
        JsonNode? manifest;
        try
        {
            manifest = JsonNode.Parse(package.ManifestJson);
        }
        catch (JsonException ex)
        {
            return [new ManifestProblem("$", $"{ManifestPackage.ManifestFileName} is not valid JSON: {ex.Message}")];
        }

        if (manifest is not JsonObject root)
        {
            return [new ManifestProblem("$", $"{ManifestPackage.ManifestFileName} must hold a JSON object.")];
        }

        var problems = new List<ManifestProblem>();
        CheckVersion(root, problems);
        CheckPlaceholders(root, "$", problems);
        CheckIcon(root, package, "color", ColorIconSize, whiteOnly: false, problems);
        CheckIcon(root, package, "outline", OutlineIconSize, whiteOnly: true, problems);
        return problems;
    }

    private static void CheckVersion(JsonObject root, List<ManifestProblem> problems)
    {
        // A missing version is the schema's to report; a present one must be MAJOR.MINOR.PATCH[-pre][+build].
        if (root["version"] is JsonValue value && value.TryGetValue<string>(out var version) && !SemanticVersion().IsMatch(version))
        {
            problems.Add(new ManifestProblem("$.version", $"'{version}' is not a semantic version: use MAJOR.MINOR.PATCH, e.g. 1.0.0, and raise it on every update."));
        }
    }

    private static void CheckPlaceholders(JsonNode? node, string path, List<ManifestProblem> problems)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    CheckPlaceholders(child, Child(path, key), problems);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckPlaceholders(array[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", problems);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.Contains("{{", StringComparison.Ordinal):
                problems.Add(new ManifestProblem(path, $"still holds a placeholder: '{text}'."));
                break;
        }
    }

    private static void CheckIcon(JsonObject root, ManifestPackage package, string kind, int size, bool whiteOnly, List<ManifestProblem> problems)
    {
        var path = $"$.icons.{kind}";
        if (root["icons"]?[kind] is not JsonValue value || !value.TryGetValue<string>(out var name))
        {
            return; // the schema reports a missing icon
        }

        if (!ManifestPackage.IsRootFileName(name))
        {
            problems.Add(new ManifestProblem(path, $"'{name}' must be a file name at the package's root, without a folder."));
            return;
        }

        if (!package.Files.TryGetValue(name, out var bytes))
        {
            problems.Add(new ManifestProblem(path, $"'{name}' is not in the package."));
            return;
        }

        if (ManifestPng.TryRead(bytes, out var error) is not { } png)
        {
            problems.Add(new ManifestProblem(path, $"'{name}' {error}."));
            return;
        }

        if (png.Width != size || png.Height != size)
        {
            problems.Add(new ManifestProblem(path, $"'{name}' is {png.Width}x{png.Height}; Teams needs {size}x{size}."));
        }

        if (whiteOnly)
        {
            CheckWhiteOnTransparent(path, name, png, problems);
        }
    }

    private static void CheckWhiteOnTransparent(string path, string name, ManifestPng png, List<ManifestProblem> problems)
    {
        if (!png.HasAlpha)
        {
            problems.Add(new ManifestProblem(path, $"'{name}' has no transparency: the outline icon must be white on a transparent background."));
            return;
        }

        if (!png.CanDecode)
        {
            problems.Add(new ManifestProblem(path, $"'{name}' cannot be checked pixel by pixel here (save it as 8-bit RGBA, not interlaced)."));
            return;
        }

        byte[] rgba;
        try
        {
            rgba = png.ToRgba();
        }
        catch (InvalidDataException ex)
        {
            problems.Add(new ManifestProblem(path, $"'{name}' is a damaged PNG file: {ex.Message}"));
            return;
        }

        var offending = 0;
        string? first = null;
        for (var i = 0; i < rgba.Length; i += 4)
        {
            if (rgba[i + 3] != 0 && (rgba[i] != 255 || rgba[i + 1] != 255 || rgba[i + 2] != 255))
            {
                offending++;
                first ??= string.Create(CultureInfo.InvariantCulture, $"({(i / 4) % png.Width}, {(i / 4) / png.Width}) is #{rgba[i]:X2}{rgba[i + 1]:X2}{rgba[i + 2]:X2}");
            }
        }

        if (offending > 0)
        {
            problems.Add(new ManifestProblem(path, $"'{name}' must be only white (#FFFFFF, any opacity) on transparent: {offending} pixels are not, e.g. {first}."));
        }
    }

    private static string Child(string path, string key) =>
        IdentifierKey().IsMatch(key) ? $"{path}.{key}" : $"{path}[{JsonSerializer.Serialize(key)}]";

    // Semantic Versioning 2.0.0: numbers without leading zeros, optional pre-release and build identifiers.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*)(\.(0|[1-9][0-9]*|[0-9]*[A-Za-z-][0-9A-Za-z-]*))*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex SemanticVersion();

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex IdentifierKey();
}
