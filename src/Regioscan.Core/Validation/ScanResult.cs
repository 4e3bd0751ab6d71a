using Regioscan.Core.Model;
using Regioscan.Core.Releases.Staging;

namespace Regioscan.Core.Validation;

/// <summary>The outcome of validating an upload. Dispose it to delete the spooled scan.</summary>
public sealed class ScanResult : IDisposable
{
    private ProvinceScan? _scan;

    /// <summary>Creates the outcome.</summary>
    /// <param name="report">The report, always.</param>
    /// <param name="staged">The harmonised scan, spooled; not null exactly when <see cref="ValidationReport.Valid"/> is true.</param>
    public ScanResult(ValidationReport report, StagedScan? staged)
    {
        Report = report;
        Staged = staged;
    }

    /// <summary>The report, always.</summary>
    public ValidationReport Report { get; }

    /// <summary>
    /// The harmonised scan as its staged lines (what intake stores); not null exactly when <see cref="ValidationReport.Valid"/>
    /// is true.
    /// </summary>
    public StagedScan? Staged { get; }

    /// <summary>
    /// The harmonised scan as records, read back from <see cref="Staged"/> on first use (it holds every row in memory);
    /// not null exactly when <see cref="ValidationReport.Valid"/> is true.
    /// </summary>
    public ProvinceScan? Scan => Staged is null ? null : _scan ??= Staged.ToProvinceScan();

    /// <inheritdoc />
    public void Dispose() => Staged?.Dispose();
}
