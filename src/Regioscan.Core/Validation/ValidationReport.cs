using Regioscan.Core.Reading;

namespace Regioscan.Core.Validation;

/// <summary>The feedback on one upload; produced for every upload, accepted or not.</summary>
/// <param name="Valid">True when there are no errors (warnings allowed).</param>
/// <param name="File">The file name of the upload.</param>
/// <param name="Province">The CBS code of the upload's province, when known.</param>
/// <param name="Rows">The number of data rows read (blank rows not counted).</param>
/// <param name="Errors">Every error, in row order (file-level first); there is no cap.</param>
/// <param name="Warnings">Every warning, in row order.</param>
/// <param name="Detected">How the file was read (format, encoding, delimiter, line endings); null for an empty file.</param>
public sealed record ValidationReport(
    bool Valid,
    string File,
    string? Province,
    int Rows,
    IReadOnlyList<ValidationIssue> Errors,
    IReadOnlyList<ValidationIssue> Warnings,
    DetectedFormat? Detected);
