using System.Diagnostics;
using System.Globalization;
using Regioscan.Bench.Generator;
using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>
/// <c>scale [sizes] [--runs R]</c>: per size, the round-2 uploads to Parquet with DuckDB (and to CSV, Parquet and JSON,
/// the kinds of file a release has) against the whole pipeline (ingest 12 uploads, publish a release with its change
/// log), each run in fresh child processes, paired and in alternating order. With <c>--azurite</c> the pipeline's store
/// is Blob Storage in a fresh Azurite per run instead of a local folder.
/// </summary>
internal static class ScaleCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(IReadOnlyList<int> sizes, int runs, int seed, bool azurite)
    {
        var cli = RegioscanCli.Locate();
        Console.WriteLine("Machine: " + Machine.Describe());
        Console.WriteLine("CLI:     dotnet " + cli.Dll);
        Console.WriteLine("Store:   " + (azurite
            ? "Blob Storage in Azurite (tools/azurite, a fresh instance per run, data on disk), on the same machine"
            : "a local folder (a fresh one per run)"));
        var root = Directory.CreateTempSubdirectory("regioscan-scale-").FullName;
        try
        {
            foreach (var size in sizes)
            {
                RunSize(cli, Path.Combine(root, size.ToString(Invariant)), size, runs, seed, azurite);
            }

            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void RunSize(RegioscanCli cli, string folder, int size, int runs, int seed, bool azurite)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"=== {size:N0} activities === ({Machine.Load()})"));
        var clock = Stopwatch.StartNew();
        var round1 = ScanGenerator.WriteAll(Path.Combine(folder, "round1"), size, new GeneratorOptions { Seed = seed });
        var round2 = ScanGenerator.WriteAll(Path.Combine(folder, "round2"), size, new GeneratorOptions { Seed = seed, Revision = 2 });
        var activities = round2.Sum(f => f.Activities);
        Console.WriteLine(string.Create(Invariant,
            $"Input (round 2, what both read): 12 files, {round2.Sum(f => f.Bytes) / 1048576.0:F1} MiB, {activities:N0} rows (activities) of {round2.Sum(f => f.Initiatives):N0} initiatives, {UploadColumns.Count} columns; generated with round 1 in {clock.Elapsed.TotalSeconds:F1} s."));
        Console.WriteLine("Round 2 against round 1: " + round2.Select(f => f.Changes).Aggregate(ChangeCounts.Add) + ".");

        var duck = new List<DuckDbMeasurement>();
        var formats = new List<DuckDbMeasurement>();
        var pipeline = new List<PipelineMeasurement>();
        for (var run = 1; run <= runs; run++)
        {
            var duckFirst = run % 2 == 1;
            if (duckFirst)
            {
                RunDuckDbBoth();
            }

            pipeline.Add(PipelineRun.Run(cli, folder, azurite, round1, round2));
            if (!duckFirst)
            {
                RunDuckDbBoth();
            }

            ScaleReport.PrintRun(run, duckFirst, duck[^1], formats[^1], pipeline[^1]);
        }

        ScaleReport.PrintRelease(pipeline[^1].Process);

        ScaleReport.PrintSummary(activities, duck, formats, pipeline);
        Console.WriteLine("  " + Machine.Load());

        void RunDuckDbBoth()
        {
            duck.Add(RunDuckDb("duckdb-copy", Path.Combine(folder, "duckdb.parquet"), round2, activities));
            formats.Add(RunDuckDb("duckdb-formats", Path.Combine(folder, "duckdb-formats"), round2, activities));
        }
    }

    /// <summary>Runs a DuckDB child mode (see <see cref="DuckDbCopy"/>) writing to <paramref name="output"/>, then deletes what it wrote.</summary>
    private static DuckDbMeasurement RunDuckDb(string mode, string output, IReadOnlyList<GeneratedFile> files, int activities)
    {
        try
        {
            var child = ChildProcess.Run(SelfProcess.StartInfo([mode, output, .. files.Select(f => f.Path)])).EnsureSuccess(mode);
            var (seconds, rows) = DuckDbCopy.Parse(child.Output);
            if (rows != activities)
            {
                throw new InvalidOperationException(string.Create(Invariant, $"DuckDB wrote {rows} rows, expected {activities}."));
            }

            return new DuckDbMeasurement(seconds, rows, child);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            File.Delete(output);
        }
    }
}
