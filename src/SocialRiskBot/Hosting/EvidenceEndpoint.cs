using System.Net.Http.Headers;
using SocialRiskBot.Evidence;

namespace SocialRiskBot.Hosting;

public static class EvidenceEndpoint
{
    /// <summary>
    /// <c>GET /evidence/{caseNumber}/{fileId}?expires=…&amp;sig=…</c>: one evidence file, to whoever holds a valid
    /// signed link (<see cref="EvidenceLinks"/>); browsers open it, so it asks for no bot token. 403 for a bad
    /// signature, 410 for an expired link, 404 for a missing file, 400 for a malformed request. Downloaded as an
    /// attachment under a name we make, never rendered by the browser. Nothing under /evidence lists anything.
    /// </summary>
    public static IEndpointRouteBuilder MapEvidenceEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{EvidenceLinks.PathPrefix}/{{caseNumber}}/{{fileId}}", ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(
        string caseNumber, string fileId, HttpContext context, EvidenceLinks links, EvidenceBlobs evidence, TimeProvider time, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store, private";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'";
        headers["Referrer-Policy"] = "no-referrer";
        if (query["expires"].Count != 1 || query["sig"].Count != 1)
        {
            return Results.BadRequest();
        }

        switch (await links.VerifyAsync(caseNumber, fileId, query["expires"], query["sig"], time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            case EvidenceLinkCheck.Invalid:
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            case EvidenceLinkCheck.Expired:
                return Results.StatusCode(StatusCodes.Status410Gone);
        }

        var blob = await evidence.OpenAsync(fileId, cancellationToken).ConfigureAwait(false);
        if (blob is null)
        {
            return Results.NotFound();
        }

        // Only a type we sniffed when storing goes out under its own name; anything else is opaque bytes.
        var type = FileTypes.FromContentType(blob.ContentType);
        headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"\"{caseNumber}-{fileId}.{type?.Extension ?? "bin"}\"",
        }.ToString();
        return Results.Stream(blob.Content, type?.ContentType ?? "application/octet-stream");
    }
}
