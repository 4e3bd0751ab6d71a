using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>A DuckDB run: the COPY as timed inside the child, and the child process as a whole.</summary>
internal sealed record DuckDbMeasurement(double Seconds, long Rows, ChildRun Process);
