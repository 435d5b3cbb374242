using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using SocialRiskBot.Evidence;
using SocialRiskBot.IntegrationTests.Infrastructure;
using SocialRiskBot.Storage.Blobs;

namespace SocialRiskBot.IntegrationTests.Http;

/// <summary>"View evidence" as a responder's browser uses it: the real host, a stored file, signed links.</summary>
public sealed class EvidenceEndpointTests : IAsyncLifetime
{
    private const string Case = "SMR-2026-0042";

    private readonly BotApplicationFactory _bot = new(new Dictionary<string, string?>
    {
        ["Bot:AllowUnauthenticated"] = "true", // no app id, outside Development
    });
    private readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(3000)];
    private HttpClient _browser = null!;
    private string _fileId = null!;

    public async Task InitializeAsync()
    {
        _browser = _bot.CreateClient(new() { AllowAutoRedirect = false });
        _fileId = EvidenceFile.NewId();
        await _bot.Services.GetRequiredService<IBlobStore>().PutAsync(EvidenceFile.Container, _fileId, new MemoryStream(_png), "image/png", overwrite: false, default);
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _bot.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_link_downloads_the_file_under_a_name_we_chose_with_no_caching_sniffing_or_referrer()
    {
        var response = await _browser.GetAsync(await LinkAsync(DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"attachment; filename=\"{Case}-{_fileId}.png\"", string.Join(",", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("default-src 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.True(response.Headers.CacheControl!.NoStore);
        Assert.True(response.Headers.CacheControl.Private);
    }

    [Fact]
    public async Task An_expired_link_says_gone()
    {
        var response = await _browser.GetAsync(await LinkAsync(DateTimeOffset.UtcNow.AddMinutes(-16)));

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("case")]
    [InlineData("file")]
    [InlineData("expiry")]
    [InlineData("sig")]
    public async Task A_tampered_link_is_forbidden(string part)
    {
        var link = await LinkAsync(DateTimeOffset.UtcNow);
        var otherFile = EvidenceFile.NewId();
        await _bot.Services.GetRequiredService<IBlobStore>().PutAsync(EvidenceFile.Container, otherFile, new MemoryStream(_png), "image/png", overwrite: false, default);
        var tampered = part switch
        {
            "case" => link.Replace(Case, "SMR-2026-0041", StringComparison.Ordinal),
            "file" => link.Replace(_fileId, otherFile, StringComparison.Ordinal),
            "expiry" => link.Replace("expires=", "expires=1", StringComparison.Ordinal),
            _ => link[..^2] + (link[^2..] == "AA" ? "BB" : "AA"),
        };

        var response = await _browser.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_valid_link_to_a_file_that_is_gone_says_not_found()
    {
        var missing = EvidenceFile.NewId();
        var link = await _bot.Services.GetRequiredService<EvidenceLinks>().CreateAsync(Case, missing, DateTimeOffset.UtcNow, default);

        Assert.Equal(HttpStatusCode.NotFound, (await _browser.GetAsync(link)).StatusCode);
    }

    [Theory]
    [InlineData("/evidence/{case}/{file}")]
    [InlineData("/evidence/{case}/{file}?expires=abc&sig=x")]
    [InlineData("/evidence/{case}/{file}?expires=1&expires=2&sig=x")]
    [InlineData("/evidence/{case}/..%2F..%2Fbot.db?expires=99999999999&sig=x")]
    [InlineData("/evidence/{case}/{FILE}?expires=99999999999&sig=x")]
    [InlineData("/evidence/SMR%2F2026/{file}?expires=99999999999&sig=x")]
    [InlineData("/evidence/{case}%20/{file}?expires=99999999999&sig=x")]
    public async Task A_malformed_link_is_refused_and_never_an_error(string path)
    {
        var response = await _browser.GetAsync(path.Replace("{case}", Case, StringComparison.Ordinal)
            .Replace("{file}", _fileId, StringComparison.Ordinal).Replace("{FILE}", _fileId.ToUpperInvariant(), StringComparison.Ordinal));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{path}: {response.StatusCode}");
    }

    [Theory]
    [InlineData("/evidence")]
    [InlineData("/evidence/")]
    [InlineData("/evidence/{case}")]
    [InlineData("/evidence/{case}/")]
    public async Task Nothing_under_evidence_lists_files(string path)
    {
        var response = await _browser.GetAsync(path.Replace("{case}", Case, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(_fileId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_link_needs_no_bot_token_but_other_methods_are_not_allowed()
    {
        var link = await LinkAsync(DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _browser.PostAsync(link, new ByteArrayContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _browser.DeleteAsync(link)).StatusCode);
    }

    private async Task<string> LinkAsync(DateTimeOffset madeAt) =>
        await _bot.Services.GetRequiredService<EvidenceLinks>().CreateAsync(Case, _fileId, madeAt, default);

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
