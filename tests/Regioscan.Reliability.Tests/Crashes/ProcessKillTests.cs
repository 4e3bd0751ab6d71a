using System.Diagnostics;
using Regioscan.Core.Geography;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Crashes;

/// <summary>
/// Real crashes: <c>regioscan publish</c> runs as a child process on a local store with all 12 provinces and is
/// killed (SIGKILL) after a few moments; the next <c>regioscan publish</c> completes and everything verifies.
/// </summary>
public sealed class ProcessKillTests(ITestOutputHelper output)
{
    /// <summary>When to kill: after a time, or when the new release folder reaches a state (polled every 10 ms).</summary>
    private static readonly (string Moment, Func<string, int, bool> Reached)[] Moments =
    [
        ("300 ms after start", (_, elapsed) => elapsed >= 300),
        ("the new release folder has its first file", (releases, _) => NewFolderFiles(releases) >= 1),
        ("the new release folder has 8 files", (releases, _) => NewFolderFiles(releases) >= 8),
        ("the new release has its manifest", (releases, _) => NewFolderHasManifest(releases)),
    ];

    private static string? _previousFolder;

    [Fact]
    public async Task A_publish_process_killed_at_any_moment_is_completed_by_the_next_publish()
    {
        using var folder = new TempDirectory("kill");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);
        await IngestRoundAsync(pipeline, 0);
        Assert.Equal(0, await RunPublishAsync(folder.FullPath, killWhen: null));

        var round = 0;
        foreach (var (moment, reached) in Moments)
        {
            // Every province uploads a changed scan, so each publish writes a whole new release.
            await IngestRoundAsync(pipeline, ++round);
            var before = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!.Version;
            _previousFolder = "v" + before;

            var killed = await RunPublishAsync(folder.FullPath, reached);
            var visible = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!.Version;
            var leftovers = await PartialFoldersAsync(store, visible);

            Assert.Equal(0, await RunPublishAsync(folder.FullPath, killWhen: null));
            await ReleaseChecks.AssertConsistentAsync(store);
            var latest = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!;
            var current = await ReleaseChecks.CurrentScansAsync(store);
            Assert.Equal(current.OrderBy(p => p.Key), latest.Inputs.Select(p => KeyValuePair.Create(p.Key, p.Value.UploadId)).OrderBy(p => p.Key));
            Assert.NotEqual(before, latest.Version);
            output.WriteLine(
                $"killed when {moment} ({(killed == -1 ? "SIGKILL" : $"had exited with {killed}")}): latest.json {(visible == before ? "still the previous release" : "the new release")} {visible}, " +
                $"{leftovers} file(s) of an unfinished release folder; the next publish made {latest.Version} current and everything verifies");
        }
    }

    private static async Task IngestRoundAsync(TestPipeline pipeline, int round)
    {
        foreach (var province in Provinces.All)
        {
            var upload = Samples.Upload(round == 0 ? Core.Demo.DemoScanGenerator.DefaultSeed : 400 + round, province.Code);
            var name = Samples.BlobName(upload, $"-round{round}");
            await pipeline.UploadAsync(name, upload.Content);
            await pipeline.Processor.ProcessUploadAsync(name, skipEmpty: true);
        }
    }

    /// <summary>Files in version folders that have no manifest (what a killed publish leaves; the next publish removes them).</summary>
    private static async Task<int> PartialFoldersAsync(LocalBlobStore store, string visible)
    {
        var folders = new Dictionary<string, (int Files, bool Manifest)>(StringComparer.Ordinal);
        await foreach (var blob in store.ListAsync(Core.Storage.Containers.Releases, "v"))
        {
            var folder = blob.Name[..blob.Name.IndexOf('/', StringComparison.Ordinal)];
            var (files, manifest) = folders.GetValueOrDefault(folder);
            folders[folder] = (files + 1, manifest || blob.Name.EndsWith("/manifest.json", StringComparison.Ordinal));
        }

        Assert.True(folders.ContainsKey("v" + visible));
        return folders.Values.Where(f => !f.Manifest).Sum(f => f.Files);
    }

    private static IEnumerable<string> NewFolders(string releases) =>
        Directory.Exists(releases)
            ? Directory.EnumerateDirectories(releases, "v*").Where(d => !string.Equals(Path.GetFileName(d), _previousFolder, StringComparison.Ordinal)
                && Core.Releases.Metadata.ReleaseVersion.TryParse(Path.GetFileName(d), out var v)
                && v > Core.Releases.Metadata.ReleaseVersion.Parse(_previousFolder!))
            : [];

    private static int NewFolderFiles(string releases) =>
        NewFolders(releases).Sum(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Count());

    private static bool NewFolderHasManifest(string releases) =>
        NewFolders(releases).Any(d => File.Exists(Path.Combine(d, "manifest.json")));

    /// <summary>Runs <c>regioscan publish</c>; kills it when <paramref name="killWhen"/> holds. Returns the exit code, or -1 when killed.</summary>
    private static async Task<int> RunPublishAsync(string store, Func<string, int, bool>? killWhen)
    {
        // The CLI's own build output (its deps.json matches it; the copy next to the tests may not).
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var cli = RepoPaths.InRoot("src", "Regioscan.Cli", "bin", configuration, "net10.0", "regioscan.dll");
        Assert.True(File.Exists(cli), $"{cli} is missing: build src/Regioscan.Cli first (the test project references it)");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { cli, "publish", "--store", store, "--reason", "kill test" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (killWhen is not null)
        {
            var releases = Path.Combine(store, "releases");
            var clock = Stopwatch.StartNew();
            while (!process.HasExited)
            {
                if (killWhen(releases, (int)clock.ElapsedMilliseconds))
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                    return -1;
                }

                await Task.Delay(10);
            }
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0 || killWhen is not null, $"regioscan publish exited with {process.ExitCode}: {await stdout}\n{await stderr}");
        return process.ExitCode;
    }
}
