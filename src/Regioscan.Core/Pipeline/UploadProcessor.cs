using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// Processes blobs of <c>uploads/</c>: what the upload trigger does for one blob and the sweep (and
/// <c>regioscan process</c>) does for every blob not yet processed. Each blob ends in <c>scans/</c> or
/// <c>quarantine/</c> with its report; a receipt keyed by blob name and ETag makes a repeat a no-op.
/// The raw upload stays where the province put it.
/// </summary>
public sealed partial class UploadProcessor
{
    /// <summary>Uploads must be named <c>PVxx/file.ext</c>: one province folder, one plain file name.</summary>
    [GeneratedRegex(@"^(PV(?:2\d|3[01]))/([^/\\\x00-\x1f]{1,200})$", RegexOptions.CultureInvariant)]
    private static partial Regex UploadName();

    /// <summary>Uploads of different provinces ingested at the same time: one per core, at most four.</summary>
    private static readonly int IntakeParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Upload bytes ingested at the same time (see <see cref="IntakeBudget"/>): uploads that together come to at most
    /// 192 MiB go side by side, a larger one alone. Validation spools the harmonised rows to scratch files, so an upload's
    /// memory is its slots and fingerprints (the largest 1M-activity upload, 78 MiB, ingests in 125 MiB of process);
    /// before that, it held its scan (about 230 MiB for that upload) and the budget was 96 MiB. On the 1M-activity uploads
    /// (24 to 78 MiB each) on two cores, every pair now fits (the largest pair is 154 MiB): with a budget that large
    /// (measured at 256 MiB, which schedules the same as 192 on two cores) ingest took 18.9 s and the whole
    /// <c>process</c> peaked at 180 MiB, against 23.8 s and 170 MiB with 96 MiB; runs with 192 MiB took 17.9–20.3 s. With
    /// four cores, 192 MiB lets two of the largest go at once, not three.
    /// </summary>
    private const long IntakeBudgetBytes = 192L << 20;

    /// <summary>Uploads from this size on are followed by a compacting collection (see <see cref="ProcessAllAsync"/>).</summary>
    private const long LargeUploadBytes = 16L << 20;

    private readonly IBlobStore _store;
    private readonly IntakeService _intake;
    private readonly Publisher _publisher;
    private readonly IScratchSpace _scratch;
    private readonly TimeProvider _time;
    private readonly ILogger<UploadProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    public UploadProcessor(IBlobStore store, IntakeService intake, Publisher publisher, IScratchSpace scratch, TimeProvider time, ILogger<UploadProcessor> logger)
    {
        _store = store;
        _intake = intake;
        _publisher = publisher;
        _scratch = scratch;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Processes one upload blob unless its receipt shows this version was processed. Zero-length blobs
    /// are skipped when <paramref name="skipEmpty"/> (an event for a blob still being written); the sweep
    /// passes false so that an upload that really is empty is quarantined as <c>empty-file</c>.
    /// </summary>
    /// <returns>The intake result, or null when skipped: processed before, also by another run at the same time.</returns>
    public Task<IntakeResult?> ProcessUploadAsync(string blobName, bool skipEmpty, CancellationToken cancellationToken = default) =>
        ProcessUploadAsync(blobName, skipEmpty, null, cancellationToken);

    /// <summary><see cref="ProcessUploadAsync(string, bool, CancellationToken)"/>, warning <paramref name="progress"/> of an unreadable receipt.</summary>
    private async Task<IntakeResult?> ProcessUploadAsync(string blobName, bool skipEmpty, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var blob = await _store.GetAsync(Containers.Uploads, blobName, cancellationToken);
        if (blob is null || (skipEmpty && blob.Length == 0))
        {
            LogSkipped(_logger, blobName, blob is null ? "it no longer exists" : "it is empty (a write in progress)");
            return null;
        }

        var receiptName = PipelinePaths.Receipt(blobName);
        var stored = await _store.ReadAsync(Containers.System, receiptName, cancellationToken);
        if (ReadReceipt(stored, blobName, receiptName, progress)?.ETag == blob.ETag)
        {
            LogSkipped(_logger, blobName, "it was processed before");
            return null;
        }

        await using var content = await _store.OpenReadAsync(Containers.Uploads, blobName, cancellationToken);
        if (content is null)
        {
            return null;
        }

        var match = UploadName().Match(blobName);
        var result = match.Success
            ? await _intake.IngestAsync(content, match.Groups[2].Value, match.Groups[1].Value, cancellationToken)
            : await QuarantineMisplacedAsync(content, blobName, cancellationToken);

        result = result with { Upload = blobName };
        var newReceipt = ReleaseJson.Serialize(new UploadReceipt(blob.ETag, result.UploadId, result.Accepted, result.Location, _time.GetUtcNow()));
        return await WriteReceiptAsync(blob, receiptName, newReceipt, stored?.ETag, cancellationToken) ? result : null;
    }

    /// <summary>
    /// A receipt is only a mark that the upload was processed: one that cannot be read is taken as none (the upload is
    /// processed again, and intake finds the same bytes' earlier outcome), not a reason to stop every other upload.
    /// </summary>
    private UploadReceipt? ReadReceipt(VersionedContent? stored, string blobName, string receiptName, IProgress<string>? progress)
    {
        if (stored is null)
        {
            return null;
        }

        try
        {
            return ReleaseJson.Deserialize<UploadReceipt>(stored.Content.Span, $"{Containers.System}/{receiptName}");
        }
        catch (InvalidDataException e)
        {
            progress?.Report($"Warning: {e.Message.TrimEnd('.')}. It is taken as no receipt: uploads/{blobName} is processed again " +
                "(the same bytes find their earlier outcome), and the receipt is written again.");
            LogUnreadableReceipt(_logger, receiptName, blobName, e.Message);
            return null;
        }
    }

    /// <summary>
    /// Writes the receipt only over the one read before intake (If-Match): when another run processed the same upload
    /// meanwhile (two sweeps, a trigger and a sweep, two <c>regioscan process</c>), its receipt came first and this run
    /// reports the upload as processed before, so that the two runs together count it once. Returns whether this run's
    /// receipt stands.
    /// </summary>
    private async Task<bool> WriteReceiptAsync(StoredBlob blob, string receiptName, byte[] receipt, string? readETag, CancellationToken cancellationToken)
    {
        try
        {
            await _store.WriteIfMatchAsync(Containers.System, receiptName, receipt, readETag, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            var now = await _store.ReadAsync(Containers.System, receiptName, cancellationToken);
            if (now is not null && now.Content.Span.SequenceEqual(receipt))
            {
                // Our own write, whose answer was lost and whose retry met it.
                return true;
            }

            if (ReadReceipt(now, blob.Name, receiptName, null)?.ETag == blob.ETag)
            {
                LogSkipped(_logger, blob.Name, "another run processed it at the same time");
                return false;
            }

            // A receipt of another version of the blob: this version was processed now.
            using var content = new MemoryStream(receipt, writable: false);
            await _store.WriteAsync(Containers.System, receiptName, content, cancellationToken);
            return true;
        }
    }

    /// <summary>
    /// Processes every upload not yet processed, then (with <paramref name="publish"/>) publishes once if anything
    /// was accepted. The Functions sweep passes false and queues a publish request instead.
    /// </summary>
    public async Task<ProcessResult> ProcessAllAsync(string? reason, IProgress<string>? progress = null, bool publish = true, CancellationToken cancellationToken = default)
    {
        // Names, sizes and times only: each upload's ETag is read when it is processed, and a local folder would hash every
        // upload to give one here (a new upload then twice before intake reads it).
        var blobs = new List<BlobEntry>();
        await foreach (var blob in _store.ListEntriesAsync(Containers.Uploads, string.Empty, cancellationToken))
        {
            blobs.Add(blob);
        }

        progress?.Report($"{blobs.Count} upload(s) in {_store.Description}/uploads …");

        // Provinces are ingested side by side (one per core); a province's own uploads one after the other, in the
        // order they were uploaded (then by name), so the newest becomes its current scan as it would one at a time.
        // Uploads outside a province folder form one group: the same bytes misplaced twice share a quarantine folder.
        var byProvince = blobs
            .OrderBy(b => b.LastModified)
            .ThenBy(b => b.Name, StringComparer.Ordinal)
            .GroupBy(b => UploadName().Match(b.Name) is { Success: true } m ? m.Groups[1].Value : "unknown", StringComparer.Ordinal)
            .ToList();
        var outcomes = new ConcurrentDictionary<string, IntakeResult?>(StringComparer.Ordinal);
        using var budget = new IntakeBudget(IntakeBudgetBytes);
        await Parallel.ForEachAsync(
            byProvince,
            new ParallelOptions { MaxDegreeOfParallelism = IntakeParallelism, CancellationToken = cancellationToken },
            async (province, token) =>
            {
                foreach (var blob in province)
                {
                    IntakeResult? result;
                    using (await budget.TakeAsync(blob.Length, token))
                    {
                        result = await ProcessUploadAsync(blob.Name, skipEmpty: false, progress, token);
                    }

                    // A large upload's scan is garbage once it is stored: give it back before the next one
                    // builds its own, or their peaks add up (without it a 1M-activity intake peaked at 168–180 MiB,
                    // against 135–143). Compacting, but not Aggressive: that also hands the collector's free memory back
                    // to the system, and the next allocations, here of the upload still running beside this one,
                    // fault it in again; on this project's virtual machine new memory is slow to touch, and a 1M
                    // intake took 10.6–10.7 s with it against 8.6–8.9 s without, at the same peak
                    // (docs/performance.md, nineteenth session).
                    if (result is not null && blob.Length >= LargeUploadBytes)
                    {
                        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                    }

                    outcomes[blob.Name] = result;
                    if (result is not null)
                    {
                        progress?.Report($"  {blob.Name}: {(result.Accepted ? "accepted" : "rejected")} → {result.Location}");
                        if (result.NotCurrentMessage(blob.Name) is { } notCurrent)
                        {
                            // Another ingest of the province (a 'regioscan ingest', a trigger) finished first while this
                            // one ran: its scan stays current and is the one the publish below takes.
                            progress?.Report("  warning: " + notCurrent);
                        }
                    }
                }
            });

        var processed = blobs.Select(b => outcomes[b.Name]).OfType<IntakeResult>().ToList();
        var skipped = blobs.Count - processed.Count;

        // Scans accepted earlier but in no release yet are published now: ingested by 'regioscan ingest' (which does not
        // publish), or by a run whose publish did not finish (killed, or the store failed). They are the provinces'
        // current scans.
        var pending = publish && !processed.Any(r => r.Accepted) && await _publisher.HasUnpublishedScansAsync(cancellationToken);
        if (pending)
        {
            progress?.Report("Scans accepted earlier are not in the latest release yet (ingested without publishing, or a publish did not finish) …");
        }

        PublishResult? published = null;
        if (publish && (pending || processed.Any(r => r.Accepted)))
        {
            // Intake's scans are garbage now; give their memory back before publishing, or the two phases'
            // peaks add up in one process (a 1M-activity 'process' went from 389 to 351 MiB).
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

            progress?.Report("Publishing a release with the accepted scans …");
            published = await _publisher.PublishAsync(reason ?? (pending ? "scans accepted earlier" : "new uploads accepted"), progress, cancellationToken);
        }

        return new ProcessResult(processed, skipped, published);
    }

    /// <summary>A blob outside <c>uploads/PVxx/</c> is not processed as a scan: it is quarantined with an explanation.</summary>
    private async Task<IntakeResult> QuarantineMisplacedAsync(Stream content, string blobName, CancellationToken cancellationToken)
    {
        await using var copy = _scratch.Create();
        await content.CopyToAsync(copy, cancellationToken);
        copy.Position = 0;
        var uploadId = UploadIds.FromSha256(await BlobStoreExtensions.Sha256Async(copy, cancellationToken));
        var folder = PipelinePaths.UploadFolder("unknown", uploadId);
        var location = $"{Containers.Quarantine}/{folder}";

        // The same bytes misplaced under another name (or again) were quarantined before: the folder is keyed by
        // content, and its report is create-only, so writing a second report would fail forever.
        if (await EarlierAsync() is { } earlier)
        {
            return earlier;
        }

        var report = new ValidationReport(false, blobName, null, 0,
            [new ValidationIssue(ErrorCodes.InvalidUploadPath, null, null, blobName,
                $"The upload '{blobName}' is not in a province folder, so it was not processed.",
                $"Upload into uploads/PVxx/ (PV20 Groningen … PV31 Limburg), e.g. uploads/PV20/regioscan.csv.")],
            [], null);
        copy.Position = 0;
        await _store.CreateAsync(Containers.Quarantine, folder + PipelinePaths.RawName(blobName), copy, cancellationToken);
        using var reportStream = new MemoryStream();
        ValidationReportJson.Write(report, reportStream);
        try
        {
            await _store.CreateAsync(Containers.Quarantine, folder + PipelinePaths.Report, reportStream.ToArray(), cancellationToken);
        }
        catch (StorageConflictException)
        {
            // The same bytes, misplaced under another name, were quarantined at the same time (two triggers at once).
            return await EarlierAsync()
                ?? throw new InvalidOperationException($"{location}report.json conflicted with another report, which is gone.");
        }

        LogMisplaced(_logger, blobName, uploadId);
        return new IntakeResult(uploadId, "unknown", false, report, false, location);

        // The outcome of the same bytes quarantined before under any name: its report, or null when there is none.
        async Task<IntakeResult?> EarlierAsync()
        {
            var stored = await _store.ReadAsync(Containers.Quarantine, folder + PipelinePaths.Report, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            using var earlierReport = new MemoryStream(stored.Content.ToArray(), writable: false);
            LogMisplaced(_logger, blobName, uploadId);
            return new IntakeResult(uploadId, "unknown", false, ValidationReportJson.Read(earlierReport), true, location);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Skipped upload {Blob}: {Why}")]
    private static partial void LogSkipped(ILogger logger, string blob, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receipt {Receipt} cannot be read ({Problem}); upload {Blob} is processed again")]
    private static partial void LogUnreadableReceipt(ILogger logger, string receipt, string blob, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upload {Blob} is outside uploads/PVxx/; quarantined as {UploadId}")]
    private static partial void LogMisplaced(ILogger logger, string blob, string uploadId);
}
