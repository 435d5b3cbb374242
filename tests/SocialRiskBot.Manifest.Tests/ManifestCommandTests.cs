using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using SocialRiskBot.IntegrationTests.Infrastructure;

namespace SocialRiskBot.Manifest.Tests;

/// <summary>
/// <c>pack</c> and <c>validate</c> run as the real manifest tool, the way an operator packages the
/// bot for Teams. Validation uses the repository's Node tools (npm ci).
/// </summary>
public sealed class ManifestCommandTests : IDisposable
{
    private const string ToolAssembly = "SocialRiskBot.Manifest.dll";
    private const string BotAppId = "6f1c2a9e-4b7d-4c3e-9a51-2d8e7f0b1c34";
    private const string TeamsAppId = "0d3b8e52-71a4-4f69-b2c8-95e1a6d4f207";
    private const string Domain = "socialriskbot.contoso.com";

    private static readonly string[] PackageFiles = ["manifest.json", "color.png", "outline.png"];

    private readonly string _folder = Directory.CreateTempSubdirectory("srb-manifest-").FullName;

    private string Zip => Path.Combine(_folder, "out", "socialriskbot.zip");

    [Fact]
    public async Task Pack_with_ids_from_the_environment_writes_the_three_files_at_the_zip_root_with_placeholders_filled()
    {
        var (exitCode, output) = await RunAsync(Configured(), "pack", "--out", Zip);

        Assert.True(exitCode == 0, output);
        using var zip = ZipFile.OpenRead(Zip);
        Assert.Equal(PackageFiles, zip.Entries.Select(e => e.FullName));
        var text = ReadManifest(zip);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(BotAppId, (string?)manifest["id"]);
        Assert.Equal(BotAppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([Domain], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal($"https://{Domain}/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "manifest", "outline.png")), ReadEntry(zip, "outline.png"));
    }

    [Fact]
    public async Task Pack_takes_the_SDK_flat_app_id_and_a_separate_Teams_app_id_from_the_command_line()
    {
        var (exitCode, output) = await RunAsync(
            new() { ["MicrosoftAppId"] = BotAppId },
            "pack", "--out", Zip, $"--Manifest:AppId={TeamsAppId}", $"--Manifest:Domain={Domain}");

        Assert.True(exitCode == 0, output);
        using var zip = ZipFile.OpenRead(Zip);
        var manifest = JsonNode.Parse(ReadManifest(zip))!;
        Assert.Equal(TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(BotAppId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task Pack_without_an_app_id_names_the_setting_exits_1_and_writes_nothing()
    {
        var (exitCode, output) = await RunAsync(new() { ["Manifest__Domain"] = Domain }, "pack", "--out", Zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("Bot:AppId is not set", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(Zip)) && Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(Zip)!).Any());
    }

    [Fact]
    public async Task Pack_refuses_an_app_id_that_is_not_a_GUID_and_a_domain_given_as_a_URL()
    {
        var (exitCode, output) = await RunAsync(
            new() { ["Bot__AppId"] = BotAppId, ["Manifest__AppId"] = "socialriskbot", ["Manifest__Domain"] = $"https://{Domain}/" },
            "pack", "--out", Zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("Manifest:AppId 'socialriskbot' is not a GUID", output, StringComparison.Ordinal);
        Assert.Contains($"Manifest:Domain 'https://{Domain}/' is not a host name", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public async Task Validate_accepts_the_packed_zip()
    {
        await PackAsync();

        var (exitCode, output) = await RunAsync([], "validate", "--package", Zip);

        Assert.True(exitCode == 0, output);
        Assert.Contains("manifest: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_a_package_checks_the_template_filled_from_configuration()
    {
        var (exitCode, output) = await RunAsync(Configured(), "validate");

        Assert.True(exitCode == 0, output);
        Assert.Contains("manifest: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_a_version_that_is_not_semver_and_exits_1()
    {
        await PackAsync();
        EditManifest(manifest => manifest["version"] = "1.0");

        var (exitCode, output) = await RunAsync([], "validate", "--package", Zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.version: '1.0' is not a semantic version", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_a_missing_required_field_and_a_bad_bot_id_from_the_official_schema()
    {
        await PackAsync();
        EditManifest(manifest =>
        {
            manifest.Remove("description");
            manifest["bots"]![0]!["botId"] = "not-a-guid";
        });

        var (exitCode, output) = await RunAsync([], "validate", "--package", Zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.description: is required but missing", output, StringComparison.Ordinal);
        Assert.Contains("$.bots[0].botId: must be a GUID", output, StringComparison.Ordinal);
        Assert.Contains("manifest: 2 problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_an_outline_icon_that_is_not_white_on_transparent()
    {
        await PackAsync();
        var pixels = new byte[32 * 32 * 4];
        Array.Fill(pixels, (byte)255);
        pixels[(((5 * 32) + 7) * 4) + 0] = 0x1F; // one accent-blue pixel at (7, 5)
        ReplaceEntry("outline.png", Png(32, 32, pixels));

        var (exitCode, output) = await RunAsync([], "validate", "--package", Zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.icons.outline: 'outline.png' must be only white", output, StringComparison.Ordinal);
        Assert.Contains("1 pixels are not, e.g. (7, 5) is #1FFFFF", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_icons_of_the_wrong_size_and_an_icon_missing_from_the_zip()
    {
        await PackAsync();
        using (var zip = ZipFile.Open(Zip, ZipArchiveMode.Update))
        {
            var color = ReadEntry(zip, "color.png");
            zip.GetEntry("outline.png")!.Delete();
            zip.GetEntry("color.png")!.Delete();
            using var outline = zip.CreateEntry("outline.png").Open();
            outline.Write(color);
        }

        var (exitCode, output) = await RunAsync([], "validate", "--package", Zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("$.icons.outline: 'outline.png' is 192x192; Teams needs 32x32.", output, StringComparison.Ordinal);
        Assert.Contains("$.icons.color: 'color.png' is not in the package.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_files_put_inside_a_folder()
    {
        await PackAsync();
        using (var zip = ZipFile.Open(Zip, ZipArchiveMode.Update))
        {
            var color = ReadEntry(zip, "color.png");
            using var extra = zip.CreateEntry("icons/extra.png").Open();
            extra.Write(color);
        }

        var (exitCode, output) = await RunAsync([], "validate", "--package", Zip);

        Assert.Equal(1, exitCode);
        Assert.Contains("package: 'icons/extra.png' is inside a folder", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_node_says_to_run_npm_ci_and_exits_2()
    {
        await PackAsync();
        var environment = new Dictionary<string, string> { ["PATH"] = _folder }; // no node here

        var (exitCode, output) = await RunAsync(environment, "validate", "--package", Zip);

        Assert.Equal(2, exitCode);
        Assert.Contains("run npm ci at the repository root", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_pack_and_validate()
    {
        var (exitCode, output) = await RunAsync([], "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("pack", output, StringComparison.Ordinal);
        Assert.Contains("validate", output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Configured() => new() { ["Bot__AppId"] = BotAppId, ["Manifest__Domain"] = Domain };

    private async Task PackAsync()
    {
        var (exitCode, output) = await RunAsync(Configured(), "pack", "--out", Zip);
        Assert.True(exitCode == 0, output);
    }

    private void EditManifest(Action<JsonObject> edit)
    {
        JsonObject manifest;
        using (var zip = ZipFile.OpenRead(Zip))
        {
            manifest = JsonNode.Parse(ReadManifest(zip))!.AsObject();
        }

        edit(manifest);
        ReplaceEntry("manifest.json", System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
    }

    private void ReplaceEntry(string name, byte[] content)
    {
        using var zip = ZipFile.Open(Zip, ZipArchiveMode.Update);
        zip.GetEntry(name)!.Delete();
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(content);
    }

    private static string ReadManifest(ZipArchive zip) => System.Text.Encoding.UTF8.GetString(ReadEntry(zip, "manifest.json"));

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>An 8-bit RGBA PNG of the given pixels, written by hand (no image library here).</summary>
    private static byte[] Png(int width, int height, byte[] rgba)
    {
        using var raw = new MemoryStream();
        for (var y = 0; y < height; y++)
        {
            raw.WriteByte(0);
            raw.Write(rgba, y * width * 4, width * 4);
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 6;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var body = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        var word = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        png.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(word, Crc32(body));
        png.Write(word);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private Task<(int ExitCode, string Output)> RunAsync(Dictionary<string, string> environment, params string[] args) =>
        BotExecutable.RunAssemblyAsync(ToolAssembly, _folder, environment, args);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
