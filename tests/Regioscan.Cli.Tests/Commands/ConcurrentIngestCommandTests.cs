using System.Diagnostics;
using Regioscan.Cli.Tests.Support;
using Regioscan.Core.Demo;

namespace Regioscan.Cli.Tests.Commands;

/// <summary>
/// Two <c>regioscan ingest</c>s of different files for one province at once: the one that finishes last is accepted but
/// does not replace the scan the other made current meanwhile, and says so on stderr, with exit code 0 still.
/// </summary>
public sealed class ConcurrentIngestCommandTests
{
    [Fact]
    public async Task An_ingest_overtaken_by_another_of_its_province_warns_that_the_other_scan_is_current()
    {
        var sample = DemoScanGenerator.Generate();
        // A province with a scan in both rounds of the demo: two different files for it.
        var province = sample.SecondRound[0].ProvinceCode;
        using var store = new TempStore();
        // A named pipe as the slow file: the ingest reading it waits until the test writes its bytes.
        var slow = Path.GetFullPath(store.File("slow.csv", []));
        File.Delete(slow);
        using (var mkfifo = Process.Start("mkfifo", [slow]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var fast = store.File("fast.csv", sample.SecondRound[0].Content);
        var slowRun = Task.Run(() => CliRun.RunAsync("ingest", slow, "--province", province, "--store", store.Path));
        await using (var writer = await Task.Run(() => new FileStream(slow, FileMode.Open, FileAccess.Write)))
        {
            // Its copy of the upload in the store's scratch folder is made after it found the province's current scan (none).
            var scratch = Path.Combine(store.Path, ".regioscan", "scratch");
            var waited = Stopwatch.StartNew();
            while (!(Directory.Exists(scratch) && Directory.EnumerateFiles(scratch).Any()))
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the slow ingest never started reading its file");
                await Task.Delay(20);
            }

            var fastRun = await CliRun.RunAsync("ingest", fast, "--province", province, "--store", store.Path);
            Assert.True(fastRun.ExitCode == 0, fastRun.Error);
            Assert.DoesNotContain("warning", fastRun.Error, StringComparison.Ordinal);
            await writer.WriteAsync(sample.FirstRound.Single(u => u.ProvinceCode == province).Content);
        }

        var slowResult = await slowRun;
        var fastId = File.ReadAllText(Path.Combine(store.Path, "scans", province, "latest.json"));

        Assert.True(slowResult.ExitCode == 0, slowResult.Error);
        Assert.Matches("^[0-9a-f]{16}$", slowResult.Out.Trim());
        Assert.DoesNotContain(slowResult.Out.Trim(), fastId, StringComparison.Ordinal);
        var fastUpload = Path.GetFileName(Assert.Single(Directory.GetDirectories(Path.Combine(store.Path, "scans", province)), d => fastId.Contains(Path.GetFileName(d), StringComparison.Ordinal)));
        Assert.EndsWith(
            $"warning: {Path.GetFileName(slow)} is not the current scan of {province}: {Path.GetFileName(fast)} (upload {fastUpload}) was made current by "
                + "another ingest while this one ran, and the next release takes that one. To make this file current, ingest it again.",
            slowResult.Error.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain("Run 'regioscan publish'", slowResult.Error, StringComparison.Ordinal);
    }
}
