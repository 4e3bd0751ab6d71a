using System.Diagnostics;
using Regioscan.Bench.Generator;
using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>
/// One pipeline run on a fresh store folder. Setup (untimed for the comparison): the round-1 uploads into
/// <c>uploads/PVxx/</c>, <c>regioscan process</c> → release 1.0.0. Timed: copying the round-2 uploads in
/// and <c>regioscan process</c> again (12 ingests, publish 1.1.0 with its change log). Then, on its own:
/// <c>regioscan diff 1.0.0 1.1.0 --json</c>, whose change set must be the one the publish wrote.
/// </summary>
internal static class PipelineRun
{
    public static PipelineMeasurement Run(RegioscanCli cli, string folder, IReadOnlyList<GeneratedFile> round1, IReadOnlyList<GeneratedFile> round2)
    {
        var store = Path.Combine(folder, "store");
        if (Directory.Exists(store))
        {
            Directory.Delete(store, recursive: true);
        }

        try
        {
            PlaceUploads(store, round1, "regioscan-round1.csv");
            var setup = cli.Process(store);
            Expect(store, setup, round1.Count, "1.0.0");

            var clock = Stopwatch.StartNew();
            PlaceUploads(store, round2, "regioscan-round2.csv");
            var copy = clock.Elapsed;
            var process = cli.Process(store);
            Expect(store, process, round2.Count, "1.1.0");
            var diff = cli.Diff(store, "1.0.0", "1.1.0");
            ExpectPublishedChanges(store, diff);
            return new PipelineMeasurement(setup, copy, process, diff);
        }
        finally
        {
            Directory.Delete(store, recursive: true);
        }
    }

    /// <summary>Each file into <c>uploads/{province}/{name}</c>, where a province drops its scan.</summary>
    public static void PlaceUploads(string store, IEnumerable<GeneratedFile> files, string name)
    {
        foreach (var file in files)
        {
            var folder = Directory.CreateDirectory(Path.Combine(store, "uploads", file.ProvinceCode)).FullName;
            File.Copy(file.Path, Path.Combine(folder, name));
        }
    }

    /// <summary>The diff's change set is the publish's <c>changes.json</c>: a diff that found something else is no measurement.</summary>
    private static void ExpectPublishedChanges(string store, ChildRun diff)
    {
        var published = File.ReadAllText(Path.Combine(store, "releases", "v1.1.0", "changes.json"));
        if (!string.Equals(published.TrimEnd(), diff.Output.TrimEnd(), StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"regioscan diff 1.0.0 1.1.0 printed {diff.Output.Length:N0} characters that are not releases/v1.1.0/changes.json ({published.Length:N0}).");
        }
    }

    /// <summary>Every new upload accepted, and the release published: a run that did less is no measurement.</summary>
    private static void Expect(string store, ChildRun run, int uploads, string version)
    {
        var accepted = $"Processed {uploads} upload(s): {uploads} accepted";
        if (!run.Output.Contains(accepted, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"regioscan process did not accept all {uploads} uploads:\n{run.Output}");
        }

        RegioscanCli.ExpectLatest(store, version);
    }
}
