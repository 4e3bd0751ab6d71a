using System.Diagnostics;
using System.Globalization;
using Regioscan.Core.Validation;

namespace Regioscan.Bench.Generator;

/// <summary><c>generate &lt;dir&gt; &lt;activities&gt; [--seed N] [--round R] [--validate]</c>.</summary>
internal static class GenerateCommand
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(string folder, int activities, int seed, int round, bool validate)
    {
        var clock = Stopwatch.StartNew();
        var files = ScanGenerator.WriteAll(folder, activities, new GeneratorOptions { Seed = seed, Revision = round });
        clock.Stop();
        var bytes = files.Sum(f => f.Bytes);
        Console.WriteLine(string.Create(Invariant,
            $"Wrote {files.Count} uploads to {Path.GetFullPath(folder)}: {files.Sum(f => f.Initiatives):N0} initiatives, {files.Sum(f => f.Activities):N0} activities, {bytes / 1048576.0:F1} MiB in {clock.Elapsed.TotalSeconds:F2} s (seed {seed}, round {round})."));
        foreach (var file in files)
        {
            Console.WriteLine(string.Create(Invariant, $"  {file.ProvinceCode}.csv  {file.Initiatives,8:N0} initiatives  {file.Activities,9:N0} activities  {file.Bytes / 1048576.0,8:F2} MiB"));
        }

        if (round > 1)
        {
            Console.WriteLine("Against round 1: " + files.Select(f => f.Changes).Aggregate(ChangeCounts.Add) + ".");
        }

        return validate ? Validate(files) : 0;
    }

    /// <summary>Validates every file as its province's upload; any error (or the file being rejected) fails.</summary>
    private static int Validate(IReadOnlyList<GeneratedFile> files)
    {
        var validator = new ScanValidator(ValidationOptions.Default, TimeProvider.System);
        var failed = 0;
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file.Path);
            var report = validator.Validate(stream, Path.GetFileName(file.Path), file.ProvinceCode).Report;
            var warnings = string.Join(", ", report.Warnings.GroupBy(w => w.Code).Select(g => g.Key + " ×" + g.Count().ToString(Invariant)));
            Console.WriteLine(string.Create(Invariant,
                $"  validated {file.ProvinceCode}: {(report.Valid ? "valid" : "INVALID")}, {report.Rows:N0} rows, {report.Errors.Count} errors, {report.Warnings.Count} warnings{(warnings.Length > 0 ? " (" + warnings + ")" : string.Empty)}"));
            foreach (var error in report.Errors.Take(5))
            {
                Console.WriteLine(string.Create(Invariant, $"    row {error.Row} {error.Column} '{error.Value}': {error.Code}: {error.Message}"));
            }

            failed += report.Valid && report.Errors.Count == 0 ? 0 : 1;
        }

        return failed == 0 ? 0 : 1;
    }
}
