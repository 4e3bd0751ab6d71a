using System.Diagnostics;
using Regioscan.Bench.Generator;
using Regioscan.Bench.Measuring;

namespace Regioscan.Bench.Scale;

/// <summary>
/// One pipeline run on a fresh store (a folder, or Blob Storage in a fresh Azurite: <see cref="RunStore"/>). Setup
/// (untimed for the comparison): the round-1 uploads into <c>uploads/PVxx/</c>, <c>regioscan process</c> → release
/// 1.0.0. Timed: placing the round-2 uploads (shown on its own), and <c>regioscan process</c> again (12 ingests, publish
/// 1.1.0 with its change log), the time compared with DuckDB's. Then, on its own: <c>regioscan diff 1.0.0 1.1.0 --json</c>, whose change set must be the one the
/// publish wrote.
/// </summary>
internal static class PipelineRun
{
    public static PipelineMeasurement Run(RegioscanCli cli, string folder, bool azurite, IReadOnlyList<GeneratedFile> round1, IReadOnlyList<GeneratedFile> round2)
    {
        using var store = RunStore.Create(Path.Combine(folder, "store"), azurite);
        store.PlaceUploads(round1, "regioscan-round1.csv");
        var setup = cli.Process(store.Spec);
        Expect(store, setup, round1.Count, "1.0.0");

        var serverBefore = store.ServerProcessorSeconds;
        var clock = Stopwatch.StartNew();
        store.PlaceUploads(round2, "regioscan-round2.csv");
        var placing = clock.Elapsed;
        var process = cli.Process(store.Spec);
        var server = store.ServerProcessorSeconds - serverBefore;
        Expect(store, process, round2.Count, "1.1.0");
        var diff = cli.Diff(store.Spec, "1.0.0", "1.1.0");
        ExpectPublishedChanges(store, diff);
        return new PipelineMeasurement(setup, placing, process, diff) { ServerProcessorSeconds = server, ServerPeakMib = store.ServerPeakMib };
    }

    /// <summary>The diff's change set is the publish's <c>changes.json</c>: a diff that found something else is no measurement.</summary>
    private static void ExpectPublishedChanges(RunStore store, ChildRun diff)
    {
        var published = store.ReleaseText("1.1.0", "changes.json");
        if (!string.Equals(published.TrimEnd(), diff.Output.TrimEnd(), StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"regioscan diff 1.0.0 1.1.0 printed {diff.Output.Length:N0} characters that are not releases/v1.1.0/changes.json ({published.Length:N0}).");
        }
    }

    /// <summary>Every new upload accepted, and the release published: a run that did less is no measurement.</summary>
    private static void Expect(RunStore store, ChildRun run, int uploads, string version)
    {
        var accepted = $"Processed {uploads} upload(s): {uploads} accepted";
        if (!run.Output.Contains(accepted, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"regioscan process did not accept all {uploads} uploads:\n{run.Output}");
        }

        store.ExpectLatest(version);
    }
}
