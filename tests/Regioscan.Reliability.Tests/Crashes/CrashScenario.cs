using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Regioscan.Core.Demo;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;

namespace Regioscan.Reliability.Tests.Crashes;

/// <summary>
/// For every N from 1 to the number of writes a publish makes: a publish on a store that dies right after
/// its Nth write, then a fresh publisher on the same store. After the crash latest.json names a complete,
/// verified release; after the fresh publisher the new release is current, consecutive and verified.
/// </summary>
internal static partial class CrashScenario
{
    private static readonly string[] Provinces = ["PV20", "PV27"];

    [GeneratedRegex(@"v\d+\.\d+\.\d+")]
    private static partial Regex VersionFolder();

    /// <summary>Runs the scenario; returns a Markdown table of the crash points and what the next run did.</summary>
    public static async Task<(int Writes, string Table)> RunAsync(IBlobStore store, Action<string> log)
    {
        using var pipeline = new TestPipeline(store);
        foreach (var province in Provinces)
        {
            var upload = Samples.Upload(DemoScanGenerator.DefaultSeed, province);
            await pipeline.UploadAsync(Samples.BlobName(upload), upload.Content);
        }

        await pipeline.Processor.ProcessAllAsync("before the crashes");
        var table = new StringBuilder("| crash after write | the write | latest.json after the crash | the next run |\n|---:|---|---|---|\n");
        for (var n = 1; ; n++)
        {
            // Each round publishes changed input: PV20 alternates between two scans.
            var upload = Samples.Upload(n % 2 == 1 ? 301 : DemoScanGenerator.DefaultSeed, "PV20");
            await pipeline.UploadAsync(Samples.BlobName(upload, "-round"), upload.Content);
            await pipeline.Processor.ProcessUploadAsync(Samples.BlobName(upload, "-round"), skipEmpty: true);
            var before = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!.Version;

            var crashing = new CrashingBlobStore(store, crashAfter: n);
            try
            {
                await pipeline.FreshPublisher(crashing).PublishAsync($"crash after write {n}");
            }
            catch (SimulatedCrashException)
            {
            }

            if (!crashing.Crashed)
            {
                log($"a publish makes {n - 1} writes");
                await ReleaseChecks.AssertConsistentAsync(store);
                return (n - 1, table.ToString());
            }

            var visible = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!.Version;
            var next = await pipeline.FreshPublisher().PublishAsync("after the crash");
            await ReleaseChecks.AssertNewestAreConsistentAsync(store);
            var latest = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!;
            var current = await ReleaseChecks.CurrentScansAsync(store);
            Assert.Equal(current["PV20"], latest.Inputs["PV20"].UploadId);
            Assert.NotEqual(before, latest.Version);

            var outcome = (next.Published, visible == before) switch
            {
                (true, true) => "removed the partial folder, published the release again",
                (false, true) => "made the complete release current (roll forward), then index.json and latest/",
                (false, false) => "brought index.json and latest/ in line; no new release",
                _ => "unexpected: published although the release was current",
            };
            Assert.DoesNotContain("unexpected", outcome, StringComparison.Ordinal);

            var write = VersionFolder().Replace(crashing.Writes[^1], m => Relative(m.Value[1..], before));
            table.Append(CultureInfo.InvariantCulture, $"| {n} | `{write}` | {Relative(visible, before)} | {outcome} |\n");
            log($"crash after write {n} ({crashing.Writes[^1]}): latest.json {visible}; next run: {outcome} ({latest.Version})");
        }
    }

    /// <summary>Versions in the table are relative (previous / new), so the table does not depend on the round.</summary>
    private static string Relative(string version, string before) => version == before ? "previous" : "new";
}
