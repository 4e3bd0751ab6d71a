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
}
