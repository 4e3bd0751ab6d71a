using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>
/// A pipeline run: the untimed setup (round 1 → 1.0.0), placing the round-2 uploads in the store (timed, shown on its
/// own), the timed process (round 2 → 1.1.0), and after it <c>regioscan diff 1.0.0 1.1.0 --json</c> (not part of the ratio).
/// </summary>
internal sealed record PipelineMeasurement(ChildRun Setup, TimeSpan Placing, ChildRun Process, ChildRun Diff)
{
    /// <summary>
    /// The side of the ratio: <c>regioscan process</c>, which ingests the uploads and publishes, from process start
    /// to exit. Placing the uploads is the provinces' upload, not the pipeline's work, as reading its CSV files from where
    /// they lie is not part of DuckDB's time.
    /// </summary>
    public double Seconds => Process.Seconds;

    /// <summary>Placing the round-2 uploads in the store and processing them: how the ratio was timed up to the seventeenth session.</summary>
    public double WithPlacingSeconds => Placing.TotalSeconds + Process.Seconds;

    /// <summary>Processor time of the storage server (Azurite) while the round-2 uploads were placed and processed; null for a folder.</summary>
    public double? ServerProcessorSeconds { get; init; }

    /// <summary>Peak memory of the storage server (Azurite) over the whole run; null for a folder.</summary>
    public double? ServerPeakMib { get; init; }

    /// <summary>Where the timed process spent its time, or null when its progress lines were not all there.</summary>
    public PipelinePhases? Phases { get; } = PipelinePhases.Of(Process);
}
