using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>
/// A pipeline run: the untimed setup (round 1 → 1.0.0), the timed copy + process (round 2 → 1.1.0), and after it
/// <c>regioscan diff 1.0.0 1.1.0 --json</c> (not part of the ratio).
/// </summary>
internal sealed record PipelineMeasurement(ChildRun Setup, TimeSpan Copy, ChildRun Process, ChildRun Diff)
{
    /// <summary>The timed part: copying the round-2 uploads in and processing them.</summary>
    public double Seconds => Copy.TotalSeconds + Process.Seconds;

    /// <summary>Processor time of the storage server (Azurite) while the round-2 uploads were placed and processed; null for a folder.</summary>
    public double? ServerProcessorSeconds { get; init; }

    /// <summary>Peak memory of the storage server (Azurite) over the whole run; null for a folder.</summary>
    public double? ServerPeakMib { get; init; }

    /// <summary>Where the timed process spent its time, or null when its progress lines were not all there.</summary>
    public PipelinePhases? Phases { get; } = PipelinePhases.Of(Process);
}
