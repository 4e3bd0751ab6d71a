using System.Collections.Concurrent;
using System.Diagnostics;
using Regioscan.Core.Geography;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Testing;
using Xunit.Abstractions;

namespace Regioscan.Reliability.Tests.Load;

/// <summary>
/// 12 provinces upload 20 changed scans each at the same time against Azurite, through the real intake path, while
/// republish requests are run by two competing publisher workers: nothing is lost, versions are consecutive, and the
/// final release holds the last accepted scan of every province.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class LoadTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const int FilesPerProvince = 20;

    [Fact]
    public async Task Twelve_provinces_uploading_twenty_files_each_at_once_lose_nothing_and_get_consecutive_releases()
    {
        // The scans: variant i of each province is the demo's scan of seed 500 + i (other initiatives and reach figures).
        var variants = Enumerable.Range(0, FilesPerProvince).Select(i => Samples.Of(500 + i)).ToList();
        var prefix = UniqueNames.ContainerPrefix();
        try
        {
            var store = AzuriteStores.Create(azurite, prefix);
            await store.EnsureContainersAsync();
            using var pipeline = new TestPipeline(store, publisherOptions: new PublisherOptions { LockWait = TimeSpan.FromMinutes(3) });
            var queue = new InMemoryRequestQueue();
            var requests = new PublishRequestService(store, queue, pipeline.Publisher, TimeProvider.System);
            var results = new ConcurrentBag<(string Province, int File, IntakeResult Result)>();
            var completed = new ConcurrentBag<PublishRequestStatus>();
            var uploaded = 0;
            var clock = Stopwatch.StartNew();

            // Two publisher workers, as two Functions instances taking messages off the queue.
            var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await foreach (var request in queue.Reader.ReadAllAsync())
                {
                    completed.Add(await requests.RunAsync(request));
                }
            })).ToList();

            var provinces = Provinces.All.Select(province => Task.Run(async () =>
            {
                for (var i = 0; i < FilesPerProvince; i++)
                {
                    var upload = variants[i].FirstRound.Single(u => u.ProvinceCode == province.Code);
                    var name = $"{province.Code}/scan-{i:00}{Path.GetExtension(upload.FileName)}";
                    await pipeline.UploadAsync(name, upload.Content);
                    var result = await pipeline.Processor.ProcessUploadAsync(name, skipEmpty: true);
                    results.Add((province.Code, i, result!));

                    // A republish request every 40 uploads, in between the intakes.
                    if (Interlocked.Increment(ref uploaded) % 40 == 0)
                    {
                        await requests.SubmitAsync($"after {uploaded} uploads", "load test");
                    }
                }
            })).ToList();
            await Task.WhenAll(provinces);
            var final = await requests.SubmitAsync("after every upload", "load test");
            queue.Complete();
            await Task.WhenAll(workers);
            var elapsed = clock.Elapsed;

            // Nothing lost: 240 receipts, each accepted upload in scans/ exactly once.
            Assert.Equal(Provinces.All.Count * FilesPerProvince, results.Count);
            var (accepted, rejected) = await ReleaseChecks.AssertNoUploadLostAsync(store);
            Assert.Equal(results.Count, accepted + rejected);
            var reports = new List<string>();
            await foreach (var blob in store.ListAsync(Containers.Scans))
            {
                if (blob.Name.EndsWith("/" + PipelinePaths.Report, StringComparison.Ordinal))
                {
                    reports.Add(blob.Name);
                }
            }

            Assert.Equal(results.Where(r => r.Result.Accepted).Select(r => $"{r.Province}/{r.Result.UploadId}/{PipelinePaths.Report}").Order(), reports.Order());

            // Consecutive versions; the final release holds the last accepted scan of every province.
            var index = await ReleaseChecks.AssertConsistentAsync(store);
            var latest = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!;
            Assert.Equal(index.Releases[^1].Version, latest.Version);
            foreach (var province in Provinces.All)
            {
                var last = results.Where(r => r.Province == province.Code && r.Result.Accepted).MaxBy(r => r.File);
                Assert.Equal(last.Result.UploadId, latest.Inputs[province.Code].UploadId);
            }

            Assert.All(completed, s => Assert.Equal(PublishRequestState.Completed, s.State));
            Assert.Contains(completed, s => s.Request.Id == final.Request.Id);
            output.WriteLine(
                $"{results.Count} uploads ({accepted} accepted, {rejected} rejected) by 12 provinces at once, {completed.Count} publish requests on 2 workers: " +
                $"{index.Releases.Count} releases {index.Releases[0].Version} … {latest.Version}, consecutive; final release after {elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            await AzuriteStores.DeleteAsync(azurite, prefix);
        }
    }
}
