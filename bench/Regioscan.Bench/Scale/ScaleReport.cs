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
            $"DuckDB {duck.Seconds:F2} s (process {duck.Process.Seconds:F2} s), {duck.Process.PeakMib:N0} MiB, {Processor(duck.Process)} | " +
            $"DuckDB three formats {formats.Seconds:F2} s, {formats.Process.PeakMib:N0} MiB | " +
            $"pipeline {pipeline.Seconds:F2} s (placing the uploads before it {pipeline.Placing.TotalSeconds:F2} s), {pipeline.Process.PeakMib:N0} MiB, {Processor(pipeline.Process)}{Phases(pipeline.Phases)}{Server(pipeline)} | " +
            $"setup: round 1 → 1.0.0 in {pipeline.Setup.Seconds:F2} s, {pipeline.Setup.PeakMib:N0} MiB | " +
            $"diff 1.0.0 1.1.0 --json {pipeline.Diff.Seconds:F2} s, {pipeline.Diff.PeakMib:N0} MiB"));
    }

    /// <summary>What the timed <c>regioscan process</c> said it published: the release and its change counts.</summary>
    public static void PrintRelease(ChildRun process)
    {
        foreach (var line in process.Lines.Where(l => l.StartsWith("Published release") || l.StartsWith("changes against")))
        {
            Console.WriteLine("  regioscan: " + line.Text.Trim());
        }
    }

    public static void PrintSummary(
        int activities, IReadOnlyList<DuckDbMeasurement> duck, IReadOnlyList<DuckDbMeasurement> formats, IReadOnlyList<PipelineMeasurement> pipeline)
    {
        var duckSeconds = Stats.Median(duck.Select(d => d.Seconds));
        var formatsSeconds = Stats.Median(formats.Select(d => d.Seconds));
        var pipelineSeconds = Stats.Median(pipeline.Select(p => p.Seconds));
        var withPlacingSeconds = Stats.Median(pipeline.Select(p => p.WithPlacingSeconds));
        Console.WriteLine(string.Create(Invariant, $"  median of {duck.Count} run(s), {activities:N0} activities:"));
        Console.WriteLine("                                wall s   activities/s   peak MiB");
        Console.WriteLine(Row("DuckDB CSV→Parquet", duckSeconds, activities, Stats.Median(duck.Select(d => d.Process.PeakMib))));
        Console.WriteLine(Row("DuckDB CSV→CSV+Parquet+JSON", formatsSeconds, activities, Stats.Median(formats.Select(d => d.Process.PeakMib))));
        Console.WriteLine(Row("pipeline 1.0.0→1.1.0", pipelineSeconds, activities, Stats.Median(pipeline.Select(p => p.Process.PeakMib))));
        Console.WriteLine(Row("regioscan diff --json", Stats.Median(pipeline.Select(p => p.Diff.Seconds)), activities, Stats.Median(pipeline.Select(p => p.Diff.PeakMib))));
        var phases = pipeline.Select(p => p.Phases).OfType<PipelinePhases>().ToList();
        if (phases.Count > 0)
        {
            Console.WriteLine(string.Create(Invariant,
                $"  pipeline phases (medians): intake {Stats.Median(phases.Select(p => p.Intake)):F2} s, tables {Stats.Median(phases.Select(p => p.Tables)):F2} s, " +
                $"change log {Stats.Median(phases.Select(p => p.ChangeLog)):F2} s, storing {Stats.Median(phases.Select(p => p.Storing)):F2} s; " +
                $"processor time {Stats.Median(pipeline.Select(p => p.Process.ProcessorSeconds)):F1} s (DuckDB CSV→Parquet {Stats.Median(duck.Select(d => d.Process.ProcessorSeconds)):F1} s)"));
        }

        var servers = pipeline.Where(p => p.ServerProcessorSeconds is not null).ToList();
        if (servers.Count > 0)
        {
            Console.WriteLine(string.Create(Invariant,
                $"  Azurite (medians): processor time {Stats.Median(servers.Select(p => p.ServerProcessorSeconds!.Value)):F1} s while the round-2 uploads were placed and processed, peak {Stats.Median(servers.Select(p => p.ServerPeakMib!.Value)):N0} MiB"));
        }

        Console.WriteLine(string.Create(Invariant, $"  pipeline / DuckDB CSV→Parquet:          {pipelineSeconds / duckSeconds,6:F2} ×"));
        Console.WriteLine(string.Create(Invariant,
            $"  the same with placing the uploads:      {withPlacingSeconds / duckSeconds,6:F2} × (median placing {Stats.Median(pipeline.Select(p => p.Placing.TotalSeconds)):F2} s; the ratio up to the seventeenth session)"));
        Console.WriteLine(string.Create(Invariant, $"  pipeline / DuckDB CSV→CSV+Parquet+JSON: {pipelineSeconds / formatsSeconds,6:F2} ×"));
    }

    /// <summary>Processor time and how busy it kept the cores: 200 % is both of two cores all the time.</summary>
    private static string Processor(ChildRun run) =>
        string.Create(Invariant, $"processor {run.ProcessorSeconds:F1} s ({100 * run.ProcessorSeconds / run.Seconds:F0} %)");

    private static string Phases(PipelinePhases? phases) => phases is null
        ? string.Empty
        : string.Create(Invariant, $"; intake {phases.Intake:F2} s, tables {phases.Tables:F2} s, change log {phases.ChangeLog:F2} s, storing {phases.Storing:F2} s");

    private static string Server(PipelineMeasurement pipeline) => pipeline.ServerProcessorSeconds is { } seconds
        ? string.Create(Invariant, $"; Azurite processor {seconds:F1} s, peak {pipeline.ServerPeakMib:N0} MiB")
        : string.Empty;

    private static string Row(string name, double seconds, int activities, double peakMib) =>
        string.Create(Invariant, $"  {name,-28} {seconds,7:F2}  {activities / seconds,13:N0}  {peakMib,9:N0}");
}
