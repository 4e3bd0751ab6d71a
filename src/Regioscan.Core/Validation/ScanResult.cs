using Regioscan.Core.Model;

namespace Regioscan.Core.Validation;

/// <summary>The outcome of validating an upload.</summary>
/// <param name="Report">The report, always.</param>
/// <param name="Scan">The harmonised scan; not null exactly when <see cref="ValidationReport.Valid"/> is true.</param>
public sealed record ScanResult(ValidationReport Report, ProvinceScan? Scan);
