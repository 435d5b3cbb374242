using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialRiskBot.Manifest;

/// <summary>
/// The Teams app package: <c>manifest.json</c> and the icons it names, all at the zip's root (Teams reads no
/// folders). Built from the filled template, or read back from a zip to be checked.
/// </summary>
internal sealed class ManifestPackage
{
    public const string ManifestFileName = "manifest.json";

    // Fixed entry times make two packs of the same inputs byte-identical.
    private static readonly DateTimeOffset EntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private ManifestPackage(string manifestJson, IReadOnlyDictionary<string, byte[]> files)
    {
        ManifestJson = manifestJson;
        Files = files;
    }

    public string ManifestJson { get; }

    /// <summary>The other files at the root, by name (the icons).</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>The filled manifest with the icon files it names, taken from the template's folder.</summary>
    public static ManifestPackage FromTemplate(ManifestTemplate template, string manifestJson)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in IconNames(manifestJson))
        {
            var path = Path.Combine(template.Folder, name);
            if (IsRootFileName(name) && File.Exists(path))
            {
                files[name] = File.ReadAllBytes(path);
            }
        }

        return new ManifestPackage(manifestJson, files);
    }

    /// <returns>The package, or null when the zip has no readable manifest.json at its root; <paramref name="problems"/> says why.</returns>
    public static ManifestPackage? ReadZip(string path, out IReadOnlyList<ManifestProblem> problems)
    {
        var found = new List<ManifestProblem>();
        problems = found;
        string? manifest = null;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                if (!IsRootFileName(entry.FullName))
                {
                    found.Add(new ManifestProblem("package", $"'{entry.FullName}' is inside a folder: Teams reads only files at the zip's root."));
                    continue;
                }

                using var content = entry.Open();
                using var buffer = new MemoryStream();
                content.CopyTo(buffer);
                if (entry.FullName == ManifestFileName)
                {
                    manifest = Encoding.UTF8.GetString(buffer.ToArray()).TrimStart('\uFEFF');
                }
                else
                {
                    files[entry.FullName] = buffer.ToArray();
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            found.Add(new ManifestProblem("package", $"cannot be read as a zip: {ex.Message}"));
            return null;
        }

        if (manifest is null)
        {
            found.Add(new ManifestProblem("package", $"has no {ManifestFileName} at its root."));
            return null;
        }

        return new ManifestPackage(manifest, files);
    }

    /// <summary>
    /// Writes the zip: <c>manifest.json</c> and the icons, nothing else. It is written beside the target and moved
    /// into place at the end, so a failure never leaves half a package behind.
    /// </summary>
    public void WriteZip(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.partial");
        try
        {
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                Add(zip, ManifestFileName, Encoding.UTF8.GetBytes(ManifestJson));
                foreach (var name in IconNames(ManifestJson).Distinct(StringComparer.Ordinal))
                {
                    Add(zip, name, Files[name]);
                }
            }

            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The file names under <c>icons</c> (color, outline), in that order; none when the JSON does not say.</summary>
    public static IEnumerable<string> IconNames(string manifestJson)
    {
        JsonNode? icons;
        try
        {
            icons = JsonNode.Parse(manifestJson)?["icons"];
        }
        catch (System.Text.Json.JsonException)
        {
            yield break;
        }

        foreach (var key in new[] { "color", "outline" })
        {
            if (icons is JsonObject obj && obj[key] is JsonValue value && value.TryGetValue<string>(out var name))
            {
                yield return name;
            }
        }
    }

    public static bool IsRootFileName(string name) =>
        name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && name is not "." and not "..";

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(content);
    }
}
