using Regioscan.Core.Validation;

namespace Regioscan.Core.Pipeline;

/// <summary>What became of one upload.</summary>
/// <param name="UploadId">The upload id.</param>
/// <param name="ProvinceCode">The province it was uploaded for.</param>
/// <param name="Accepted">True when staged in <c>scans/</c>, false when quarantined.</param>
/// <param name="Report">The validation report (also stored as <c>report.json</c>).</param>
/// <param name="AlreadyProcessed">
/// True when this content had been processed before: accepted then (nothing new was written), or rejected then and again
/// now (validated again with the current rules; only its report was replaced).
/// </param>
/// <param name="Location">Where it is stored, e.g. <c>scans/PV20/3f2a…/</c>.</param>
public sealed record IntakeResult(string UploadId, string ProvinceCode, bool Accepted, ValidationReport Report, bool AlreadyProcessed, string Location)
{
    /// <summary>
    /// The blob of <c>uploads/</c> this came from (<c>PVxx/file.csv</c>), when processed from there. With
    /// <see cref="AlreadyProcessed"/> the report may name another file: the same bytes uploaded under another name.
    /// </summary>
    public string? Upload { get; init; }

    /// <summary>
    /// When the same bytes were rejected before and validated again now, the file name they were rejected under; null
    /// otherwise. Rejected bytes are checked again (rules, code lists or limits may have changed): they may be accepted
    /// now (<see cref="AlreadyProcessed"/> false) or rejected again (true).
    /// </summary>
    public string? EarlierFile { get; init; }

    /// <summary>
    /// The province's current scan when this accepted upload did not become it: another ingest of the same province made
    /// its scan current while this one ran (the first of two at once to finish keeps its scan current). Null otherwise.
    /// </summary>
    public ScanPointer? CurrentInstead { get; init; }

    /// <summary>
    /// With <see cref="CurrentInstead"/>, what a user is told: which scan is current instead, that the next release takes
    /// it, and how to make this file current; null otherwise. <paramref name="file"/> is how the user knows this upload.
    /// </summary>
    public string? NotCurrentMessage(string file) => CurrentInstead is { } other
        ? $"{file} is not the current scan of {ProvinceCode}: {other.File} (upload {other.UploadId}) was made current by another ingest "
            + "while this one ran, and the next release takes that one. To make this file current, ingest it again."
        : null;
}
