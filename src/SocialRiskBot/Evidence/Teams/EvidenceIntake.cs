using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialRiskBot.BotFramework.Connector;
using SocialRiskBot.BotFramework.Schema;
using SocialRiskBot.Storage;
using SocialRiskBot.Storage.Blobs;

namespace SocialRiskBot.Evidence.Teams;

/// <summary>
/// Takes the files of one message as evidence: each is fetched from a trusted host into a temporary file, checked
/// (size, type by content, the per-case cap, an exact duplicate) and only then stored as a blob, so a file that is
/// refused for any reason leaves nothing behind.
/// </summary>
public sealed partial class EvidenceIntake(
    AttachmentDownloader downloader,
    EvidenceHosts hosts,
    EvidenceBlobs blobs,
    IOptions<EvidenceOptions> options,
    TimeProvider time,
    ILogger<EvidenceIntake> logger)
{
    private const int TempBufferSize = 81920;

    private readonly EvidenceOptions _options = options.Value;

    /// <param name="attachments">The message's files (<see cref="FileAttachment.From"/> picks them out of its attachments).</param>
    /// <param name="existing">The files the case (or draft) already holds: they count towards the cap and catch duplicates.</param>
    public async Task<EvidenceIntakeResult> AcceptAsync(IReadOnlyList<FileAttachment> attachments, IReadOnlyList<EvidenceFile> existing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(existing);
        var accepted = new List<EvidenceFile>();
        var rejected = new List<EvidenceRejection>();
        try
        {
            foreach (var attachment in attachments)
            {
                var outcome = await TakeAsync(attachment, [.. existing, .. accepted], cancellationToken).ConfigureAwait(false);
                if (outcome.File is { } file)
                {
                    accepted.Add(file);
                }
                else
                {
                    rejected.Add(outcome.Rejection!);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The caller will never learn of what this call stored: leave nothing behind.
            await DeleteAsync(accepted, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return new EvidenceIntakeResult(accepted, rejected);
    }

    /// <summary>Removes the files' blobs (a report cancelled, a case purged). Missing blobs are fine.</summary>
    public Task DeleteAsync(IEnumerable<EvidenceFile> files, CancellationToken cancellationToken) => blobs.DeleteAsync(files, cancellationToken);

    private async Task<Outcome> TakeAsync(FileAttachment attachment, IReadOnlyList<EvidenceFile> held, CancellationToken cancellationToken)
    {
        var name = DisplayName(attachment);
        if (held.Count >= _options.MaxFilesPerCase)
        {
            return Reject(name, EvidenceRejectionReason.TooMany, EvidenceMessages.TooMany(name, _options.MaxFilesPerCase));
        }

        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var url))
        {
            return Reject(name, EvidenceRejectionReason.Unavailable, EvidenceMessages.Unavailable(name));
        }

        var temporary = OpenTemporaryFile();
        await using (temporary.ConfigureAwait(false))
        {
            var download = await downloader.DownloadAsync(url, Rules(attachment.Kind), temporary, cancellationToken).ConfigureAwait(false);
            if (download.Status != AttachmentDownloadStatus.Downloaded)
            {
                LogRefused(download.Status, download.HttpStatus);
                return download.Status switch
                {
                    AttachmentDownloadStatus.Untrusted => Reject(name, EvidenceRejectionReason.Untrusted, EvidenceMessages.Untrusted(name, HostOf(download.RefusedUrl ?? url))),
                    AttachmentDownloadStatus.TooLarge => Reject(name, EvidenceRejectionReason.TooLarge, EvidenceMessages.TooLarge(name, _options.MaxBytes)),
                    _ => Reject(name, EvidenceRejectionReason.Unavailable, EvidenceMessages.Unavailable(name)),
                };
            }

            temporary.Position = 0;
            var head = new byte[FileTypes.HeaderLength];
            var headLength = await temporary.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            if (FileTypes.Sniff(head.AsSpan(0, headLength)) is not { } type)
            {
                return Reject(name, EvidenceRejectionReason.WrongType, EvidenceMessages.WrongType(name));
            }

            if (held.Any(file => string.Equals(file.Sha256, download.Sha256, StringComparison.Ordinal)))
            {
                return Reject(name, EvidenceRejectionReason.Duplicate, EvidenceMessages.Duplicate(name));
            }

            var stored = new EvidenceFile(
                EvidenceFile.NewId(), EvidenceFileName.Sanitise(attachment.Name, type), type.ContentType, download.Bytes, download.Sha256!, time.GetUtcNow());
            temporary.Position = 0;
            return await StoreAsync(stored, temporary, name, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Outcome> StoreAsync(EvidenceFile file, Stream content, string name, CancellationToken cancellationToken)
    {
        try
        {
            await blobs.PutAsync(file, content, cancellationToken).ConfigureAwait(false);
            return new Outcome(file, null);
        }
        catch (Exception ex) when (ex is StorageException or OperationCanceledException)
        {
            // A put that failed half-way may have left part of the blob; an id is never reused, so removing it is safe.
            await blobs.DeleteAsync(file.Id, CancellationToken.None).ConfigureAwait(false);
            if (ex is OperationCanceledException)
            {
                throw;
            }

            LogNotStored(file.Id, ((StorageException)ex).Failure);
            return Reject(name, EvidenceRejectionReason.Unavailable, EvidenceMessages.Unavailable(name));
        }
    }

    private AttachmentDownloadRules Rules(FileAttachmentKind kind) => new(
        hosts.IsTrusted,
        // Only pasted images are fetched with the token; a Teams file's URL is pre-authenticated and gets none.
        kind == FileAttachmentKind.InlineImage ? hosts.GetsBotToken : static _ => false,
        _options.MaxBytes,
        _options.DownloadTimeout);

    private static string DisplayName(FileAttachment attachment) =>
        EvidenceFileName.Clean(attachment.Name) is { Length: > 0 } name
            ? name
            : attachment.Kind == FileAttachmentKind.InlineImage ? "the pasted picture" : "the file";

    private static string HostOf(Uri url) => url.Scheme == Uri.UriSchemeHttp ? $"http://{url.IdnHost}" : url.IdnHost;

    private static FileStream OpenTemporaryFile() => new(
        Path.Combine(Path.GetTempPath(), $"srb-evidence-{Guid.NewGuid():N}"),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        TempBufferSize,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    private static Outcome Reject(string name, EvidenceRejectionReason reason, string message) =>
        new(null, new EvidenceRejection(name, reason, message));

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence file refused: {Status} (HTTP {HttpStatus})")]
    private partial void LogRefused(AttachmentDownloadStatus status, int? httpStatus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Evidence file {FileId} could not be stored: {Failure}")]
    private partial void LogNotStored(string fileId, StorageFailure failure);

    private sealed record Outcome(EvidenceFile? File, EvidenceRejection? Rejection);
}
