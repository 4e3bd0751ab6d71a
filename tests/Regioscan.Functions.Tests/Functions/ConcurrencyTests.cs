using System.Collections.Concurrent;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;
using Regioscan.Functions.Functions;
using Regioscan.Functions.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Functions.Tests.Functions;

/// <summary>
/// 12 provinces upload at once while 8 publishers run against Azurite: nothing lost, versions consecutive,
/// and latest.json never points at an incomplete release.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Eight_publishers_and_twelve_concurrent_uploads_lose_nothing_and_number_releases_consecutively()
    {
        await using var harness = await FunctionsHarness.CreateAsync(azurite);
        var publisher = harness.Create<Publisher>();
        var catalog = new ReleaseCatalog(harness.Store);
        using var stop = new CancellationTokenSource();
        var violations = new ConcurrentBag<string>();

        // A reader that keeps checking what consumers see: latest.json must name a complete release.
        var watcher = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (await catalog.GetLatestAsync() is { } latest
                    && await harness.Store.GetAsync(Containers.Releases, ReleaseCatalog.Folder(latest.Value.Version) + ReleaseCatalog.ManifestName) is null)
                {
                    violations.Add($"latest.json names {latest.Value.Version}, which has no manifest");
                }

                await Task.Delay(20);
            }
        });

        var uploads = FunctionsHarness.Sample.FirstRound.Select(upload => Task.Run(async () =>
        {
            var blob = await harness.UploadAsync($"{upload.ProvinceCode}/{upload.FileName}", upload.Content);
            await harness.Create<IntakeFunction>().RunAsync(blob, upload.ProvinceCode, upload.FileName, CancellationToken.None);
        }));
        var publishers = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await Task.Delay(i * 150);
            await publisher.PublishAsync($"concurrent publisher {i}");
        }));
        await Task.WhenAll(uploads.Concat(publishers));
        var final = await publisher.PublishAsync("after every upload");
        await stop.CancelAsync();
        await watcher;

        Assert.Empty(violations);
        foreach (var upload in FunctionsHarness.Sample.FirstRound)
        {
            var folders = (await harness.NamesAsync(Containers.Scans, upload.ProvinceCode + "/"))
                .Where(n => n.EndsWith("/report.json", StringComparison.Ordinal)).ToList();
            Assert.Single(folders);
            Assert.Empty(await harness.NamesAsync(Containers.Quarantine, upload.ProvinceCode + "/"));
        }

        var index = await catalog.GetIndexAsync();
        Assert.NotEmpty(index.Releases);
        string? previous = null;
        foreach (var entry in index.Releases)
        {
            var manifest = await catalog.GetManifestAsync(entry.Version);
            Assert.NotNull(manifest);
            Assert.Equal(previous, manifest.Previous);
            if (previous is not null)
            {
                Assert.Equal(ReleaseVersion.Parse(previous).Next(false, true), ReleaseVersion.Parse(entry.Version));
            }

            previous = entry.Version;
        }

        var latest = await catalog.GetManifestAsync((await catalog.GetLatestAsync())!.Value.Value.Version);
        Assert.Equal(index.Releases[^1].Version, latest!.Version);
        Assert.Equal(12, latest.Inputs.Count);
        Assert.Equal(final.Version, latest.Version);
        Assert.Empty(await harness.Create<ReleaseVerifier>().VerifyAllAsync());
    }
}
