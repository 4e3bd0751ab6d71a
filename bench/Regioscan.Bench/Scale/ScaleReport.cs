using System.Globalization;
using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>Prints the scale figures: each paired run, then the medians.</summary>
internal static class ScaleReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void PrintRun(int run, bool duckFirst, DuckDbMeasurement duck, DuckDbMeasurement formats, PipelineMeasurement pipeline)
    {
        Console.WriteLine(string.Create(Invariant,
            $"  run {run} ({(duckFirst ? "DuckDB first" : "pipeline first")}): " +
            $"DuckDB {duck.Seconds:F2} s (process {duck.Process.Seconds:F2} s), {duck.Process.PeakMib:N0} MiB | " +
            $"DuckDB three formats {formats.Seconds:F2} s, {formats.Process.PeakMib:N0} MiB | " +
            $"pipeline {pipeline.Seconds:F2} s (copy {pipeline.Copy.TotalSeconds:F2} + process {pipeline.Process.Seconds:F2}), {pipeline.Process.PeakMib:N0} MiB | " +
            $"setup: round 1 → 1.0.0 in {pipeline.Setup.Seconds:F2} s, {pipeline.Setup.PeakMib:N0} MiB | " +
            $"diff 1.0.0 1.1.0 --json {pipeline.Diff.Seconds:F2} s, {pipeline.Diff.PeakMib:N0} MiB"));
    }

    /// <summary>What the timed <c>regioscan process</c> said it published: the release and its change counts.</summary>
    public static void PrintRelease(ChildRun process)
    {
        foreach (var line in process.Output.Split('\n').Where(l => l.StartsWith("Published release", StringComparison.Ordinal) || l.TrimStart().StartsWith("changes against", StringComparison.Ordinal)))
        {
            Console.WriteLine("  regioscan: " + line.Trim());
        }
    }

    public static void PrintSummary(
        int activities, IReadOnlyList<DuckDbMeasurement> duck, IReadOnlyList<DuckDbMeasurement> formats, IReadOnlyList<PipelineMeasurement> pipeline)
    {
        var duckSeconds = Stats.Median(duck.Select(d => d.Seconds));
        var formatsSeconds = Stats.Median(formats.Select(d => d.Seconds));
        var pipelineSeconds = Stats.Median(pipeline.Select(p => p.Seconds));
        Console.WriteLine(string.Create(Invariant, $"  median of {duck.Count} run(s), {activities:N0} activities:"));
        Console.WriteLine("                                wall s   activities/s   peak MiB");
        Console.WriteLine(Row("DuckDB CSV→Parquet", duckSeconds, activities, Stats.Median(duck.Select(d => d.Process.PeakMib))));
        Console.WriteLine(Row("DuckDB CSV→CSV+Parquet+JSON", formatsSeconds, activities, Stats.Median(formats.Select(d => d.Process.PeakMib))));
        Console.WriteLine(Row("pipeline 1.0.0→1.1.0", pipelineSeconds, activities, Stats.Median(pipeline.Select(p => p.Process.PeakMib))));
        Console.WriteLine(Row("regioscan diff --json", Stats.Median(pipeline.Select(p => p.Diff.Seconds)), activities, Stats.Median(pipeline.Select(p => p.Diff.PeakMib))));
        Console.WriteLine(string.Create(Invariant, $"  pipeline / DuckDB CSV→Parquet:          {pipelineSeconds / duckSeconds,6:F1} ×"));
        Console.WriteLine(string.Create(Invariant, $"  pipeline / DuckDB CSV→CSV+Parquet+JSON: {pipelineSeconds / formatsSeconds,6:F1} ×"));
    }

    private static string Row(string name, double seconds, int activities, double peakMib) =>
        string.Create(Invariant, $"  {name,-28} {seconds,7:F2}  {activities / seconds,13:N0}  {peakMib,9:N0}");
}
