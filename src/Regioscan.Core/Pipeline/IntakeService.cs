using Microsoft.Extensions.Logging;
using Regioscan.Core.Geography;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Releases.Summary;
using Regioscan.Core.Storage;
using Regioscan.Core.Validation;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// Ingests one upload: validates it and stages it in <c>scans/{PVxx}/{uploadId}/</c> (raw bytes,
/// the staged scan (<c>initiatives.jsonl</c>, <c>activities.jsonl</c>, <c>summary.json</c>), <c>report.json</c>) or <c>quarantine/{PVxx}/{uploadId}/</c> (raw bytes, report).
/// Idempotent: the upload id is the content hash, files are written create-only and
/// <c>report.json</c> last, so a retry after a crash completes the work and a repeat of accepted bytes changes nothing.
/// Rejected bytes are validated again when they come again (the rules may have changed): only their report is rewritten,
/// unless they pass now.
/// </summary>
public sealed partial class IntakeService
{
    private readonly IBlobStore _store;
    private readonly IScratchSpace _scratch;
    private readonly ScanValidator _validator;
    private readonly TimeProvider _time;
    private readonly ILogger<IntakeService> _logger;

    /// <summary>Creates the service.</summary>
    public IntakeService(IBlobStore store, IScratchSpace scratch, ScanValidator validator, TimeProvider time, ILogger<IntakeService> logger)
    {
        _store = store;
        _scratch = scratch;
        _validator = validator;
        _time = time;
        _logger = logger;
    }

    /// <summary>Validates and stages <paramref name="content"/>, uploaded as <paramref name="fileName"/> for <paramref name="provinceCode"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="provinceCode"/> is not a province code.</exception>
    public async Task<IntakeResult> IngestAsync(Stream content, string fileName, string provinceCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var province = Provinces.FindByCode(provinceCode)
            ?? throw new ArgumentException($"'{provinceCode}' is not a province code; use PV20 … PV31.", nameof(provinceCode));
        fileName = Path.GetFileName(fileName);
        // The province's current scan as this ingest found it: a scan another ingest makes current while this one runs is
        // newer than anything this one was started to replace, and is not overwritten (MakeCurrentAsync).
        var found = (await _store.ReadAsync(Containers.Scans, PipelinePaths.ScanPointerName(province.Code), cancellationToken))?.ETag;

        await using var copy = _scratch.CreateForStore();
        var hashing = new LeaveOpenStream(copy);
        await using (hashing)
        {
            await content.CopyToAsync(hashing, cancellationToken);
        }

        var sha256 = hashing.Sha256!;
        var uploadId = UploadIds.FromSha256(sha256);
        var folder = PipelinePaths.UploadFolder(province.Code, uploadId);

        // Accepted bytes are staged once. Rejected bytes are validated again: the rules, code lists or limits may have
        // changed since, and a province told to upload the same file again expects it to be checked again.
        var earlier = await FindEarlierOutcomeAsync(folder, cancellationToken);
        if (earlier is { Accepted: true } done)
        {
            LogAlreadyProcessed(_logger, fileName, uploadId, done.Accepted);
            var notCurrent = await MakeCurrentAsync(province.Code, uploadId, sha256, done.Report.File, found, cancellationToken);
            return new IntakeResult(uploadId, province.Code, done.Accepted, done.Report, true, done.Container + "/" + folder) { CurrentInstead = notCurrent };
        }

        copy.Position = 0;
        using var result = _validator.Validate(copy, fileName, province.Code, _scratch, cancellationToken);
        var scan = result.Staged;
        var container = scan is null ? Containers.Quarantine : Containers.Scans;
        if (earlier is { } rejected && scan is null)
        {
            // Rejected again: the folder keeps the upload, and its report becomes today's, which the province reads.
            using (var report = new MemoryStream(ReportBytes(result.Report), writable: false))
            {
                await _store.WriteAsync(Containers.Quarantine, folder + PipelinePaths.Report, report, cancellationToken);
            }

            LogRejectedAgain(_logger, fileName, uploadId, result.Report.Errors.Count);
            return new IntakeResult(uploadId, province.Code, false, result.Report, true, rejected.Container + "/" + folder)
            {
                EarlierFile = rejected.Report.File,
            };
        }

        await _store.CreateFromScratchAsync(container, folder + PipelinePaths.RawName(fileName), copy, sha256, cancellationToken);
        if (scan is not null)
        {
            await StageAsync(container, folder, scan, cancellationToken);
        }

        // The report is written last: its presence marks the upload as processed.
        try
        {
            await _store.CreateAsync(container, folder + PipelinePaths.Report, ReportBytes(result.Report), cancellationToken);
        }
        catch (StorageConflictException)
        {
            // The same bytes under another name were ingested at the same time (two triggers at once) and their report
            // came first: this upload's outcome is that one.
            if (await FindEarlierOutcomeAsync(folder, cancellationToken) is not { } other)
            {
                throw;
            }

            LogAlreadyProcessed(_logger, fileName, uploadId, other.Accepted);
            return new IntakeResult(uploadId, province.Code, other.Accepted, other.Report, true, other.Container + "/" + folder);
        }

        var instead = scan is null ? null : await MakeCurrentAsync(province.Code, uploadId, sha256, fileName, found, cancellationToken);
        LogIngested(_logger, fileName, province.Code, uploadId, scan is not null, result.Report.Errors.Count);
        return new IntakeResult(uploadId, province.Code, scan is not null, result.Report, false, container + "/" + folder)
        {
            EarlierFile = earlier?.Report.File,
            CurrentInstead = instead,
        };
    }

    /// <summary>
    /// Stores the harmonised scan in the form publishing streams (<see cref="StagedScanJson"/>): the province's
    /// part of the national tables, ordered by id, and its row of the summary by province. Validation spooled the rows
    /// as their staged lines: a spool whose lines came in id order is the staged file and is stored as it is (a local
    /// store links it); otherwise its lines are copied in id order. No row is made again.
    /// </summary>
    private async Task StageAsync(string container, string folder, StagedScan scan, CancellationToken cancellationToken)
    {
        await Task.WhenAll(
            Task.Run(() => StoreAsync(StagedScanJson.InitiativesName, scan.SpooledInitiatives(), scan.WriteInitiatives), cancellationToken),
            StoreAsync(StagedScanJson.ActivitiesName, scan.SpooledActivities(), scan.WriteActivities));
        await StoreAsync(StagedScanJson.SummaryName, null, s => StagedScanJson.WriteSummary(scan.Summary, s));

        async Task StoreAsync(string name, SpooledFile? spooled, Action<Stream> write)
        {
            if (spooled is { } file)
            {
                await _store.CreateFromScratchAsync(container, folder + name, file.Content, file.Sha256, cancellationToken);
                return;
            }

            await using var spool = _scratch.CreateForStore();
            var hashing = new LeaveOpenStream(spool);
            using (hashing)
            {
                write(hashing);
            }

            await _store.CreateFromScratchAsync(container, folder + name, spool, hashing.Sha256!, cancellationToken);
        }
    }

    private static byte[] ReportBytes(ValidationReport report)
    {
        using var buffer = new MemoryStream();
        ValidationReportJson.Write(report, buffer);
        return buffer.ToArray();
    }

    private async Task<(bool Accepted, string Container, ValidationReport Report)?> FindEarlierOutcomeAsync(string folder, CancellationToken cancellationToken)
    {
        foreach (var container in new[] { Containers.Scans, Containers.Quarantine })
        {
            var content = await _store.ReadAsync(container, folder + PipelinePaths.Report, cancellationToken);
            if (content is not null)
            {
                using var stream = new MemoryStream(content.Content.ToArray(), writable: false);
                return (container == Containers.Scans, container, ValidationReportJson.Read(stream));
            }
        }

        return null;
    }

    /// <summary>
    /// Points the province's current scan at this upload, unless another ingest of the province made its own scan current
    /// since this one found the pointer (<paramref name="found"/>, its ETag then): of two ingests at once the first to
    /// finish keeps its scan current, and this one, finishing later, was started without knowing that scan and must not
    /// silently replace it. Returns that other scan's pointer when this upload did not become current, else null.
    /// </summary>
    private async Task<ScanPointer?> MakeCurrentAsync(
        string provinceCode, string uploadId, string sha256, string fileName, string? found, CancellationToken cancellationToken)
    {
        var name = PipelinePaths.ScanPointerName(provinceCode);
        while (true)
        {
            var current = await _store.ReadJsonAsync<ScanPointer>(Containers.Scans, name, cancellationToken);
            if (current?.Value.UploadId == uploadId)
            {
                return null;
            }

            if (current is { } other && other.ETag != found)
            {
                LogNotCurrent(_logger, fileName, provinceCode, uploadId, other.Value.File, other.Value.UploadId);
                return other.Value;
            }

            try
            {
                var pointer = new ScanPointer(uploadId, sha256, fileName, _time.GetUtcNow());
                await _store.WriteIfMatchAsync(Containers.Scans, name, Releases.Metadata.ReleaseJson.Serialize(pointer), current?.ETag, cancellationToken);
                return null;
            }
            catch (StorageConflictException)
            {
                // Another ingest wrote the pointer between the read and the write: read what it wrote.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} was accepted as upload {UploadId} but is not the current scan of {Province}: {OtherFile} (upload {OtherUploadId}) was made current while it was ingested")]
    private static partial void LogNotCurrent(ILogger logger, string file, string province, string uploadId, string otherFile, string otherUploadId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {File} for {Province} as upload {UploadId}: accepted={Accepted}, errors={Errors}")]
    private static partial void LogIngested(ILogger logger, string file, string province, string uploadId, bool accepted, int errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} was rejected before as upload {UploadId} and was validated again with the current rules: rejected again, errors={Errors}; its report is replaced")]
    private static partial void LogRejectedAgain(ILogger logger, string file, string uploadId, int errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} was processed before as upload {UploadId} (accepted={Accepted}); nothing new written")]
    private static partial void LogAlreadyProcessed(ILogger logger, string file, string uploadId, bool accepted);
}
