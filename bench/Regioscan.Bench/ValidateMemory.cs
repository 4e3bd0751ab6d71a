using System.Diagnostics;
using System.Globalization;
using Regioscan.Bench.Generator;
using Regioscan.Bench.Measuring;
using Regioscan.Core.Geography;
using Regioscan.Core.Validation;
using Regioscan.Storage;

namespace Regioscan.Bench;

/// <summary>
/// Shows that validation streams: each upload is validated in a fresh process, so the peak working set
/// is that upload's own. A valid upload keeps its harmonised scan (which grows with the rows); an
/// upload with an error on row 2 keeps no scan, only the row fingerprints.
/// </summary>
internal static class ValidateMemory
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly Province Utrecht = Provinces.FindByCode("PV26")!;

    public static int Run(IReadOnlyList<int> sizes)
    {
        var folder = Directory.CreateTempSubdirectory("regioscan-bench-").FullName;
        try
        {
            Console.WriteLine("rows     upload   MiB    seconds  peak working set  GC allocated  peak live heap  heap after");
            foreach (var rows in sizes)
            {
                foreach (var valid in new[] { true, false })
                {
                    var path = Path.Combine(folder, string.Create(Invariant, $"scan-{rows}-{(valid ? "valid" : "invalid")}.csv"));
                    ProvinceUploadWriter.Write(path, Utrecht, rows, new GeneratorOptions { InvalidCode = !valid });
                    var line = MeasureInChild(path);
                    Console.WriteLine(line);
                }
            }

            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static int MeasureOne(string path)
    {
        var validator = new ScanValidator(ValidationOptions.Default, TimeProvider.System);
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = Validate(validator, path);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakWorkingSet = process.PeakWorkingSet64;
        GC.KeepAlive(result);
        result.Dispose();

        // A second pass samples the live heap (a full collection every 100 ms): the most the validation
        // holds at any moment, garbage excluded. It is not timed.
        var peakLive = 0L;
        using (var sampler = new Timer(_ => Interlocked.Exchange(ref peakLive, Math.Max(Interlocked.Read(ref peakLive), GC.GetTotalMemory(true))), null, 0, 100))
        {
            result = Validate(validator, path);
        }

        using var done = result;

        var mib = new FileInfo(path).Length / 1048576.0;
        Console.WriteLine(string.Create(Invariant,
            $"{result.Report.Rows,-8} {(result.Staged is null ? "invalid" : "valid"),-8} {mib,5:F1}  {clock.Elapsed.TotalSeconds,7:F2}  {Mib(peakWorkingSet),12:F1} MiB  {Mib(allocated),8:F0} MiB  {Mib(Interlocked.Read(ref peakLive)),12:F1} MiB  {Mib(heapAfter),10:F1} MiB ({(result.Staged is null ? "no scan" : "scan spooled")})"));
        return 0;
    }

    private static ScanResult Validate(ScanValidator validator, string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        // Spooled to temporary files, as intake does (IntakeService passes its scratch space).
        return validator.Validate(stream, Path.GetFileName(path), "PV26", new TempFileScratchSpace());
    }

    private static double Mib(long bytes) => bytes / 1048576.0;

    private static string MeasureInChild(string path)
    {
        var child = ChildProcess.Run(SelfProcess.StartInfo("validate-file", path));
        return child.ExitCode == 0 ? child.Output.TrimEnd() : "failed: " + child.Error;
    }
}
