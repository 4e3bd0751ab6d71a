using System.Collections.Concurrent;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Load;

/// <summary>
/// <c>regioscan process</c> ingests provinces side by side, one per core (at most four). The provinces with the most
/// bytes go first, so that the last to finish is a small upload, not a large one left running on one core while the
/// others have nothing to do (the largest 1M-activity upload took 0.4 s alone at the end of intake before).
/// </summary>
public sealed class IntakeScheduleTests
{
    [Fact]
    public async Task The_provinces_with_the_most_bytes_are_ingested_first_and_the_smallest_last()
    {
        using var folder = new TempDirectory("intake-schedule");
        var opened = new ConcurrentQueue<string>();
        var store = new PausingBlobStore(new LocalBlobStore(folder.FullPath), (_, _) => Task.CompletedTask, (container, name) =>
        {
            if (container == Containers.Uploads)
            {
                opened.Enqueue(name);
            }
        });
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);

        // Five provinces, more than the four that run at once; uploaded smallest first, so that the order of uploading
        // (or of names) would ingest the smallest first.
        var uploads = new[] { "PV20", "PV21", "PV22", "PV23", "PV24" }
            .Select(province => Samples.Upload(1, province))
            .OrderBy(upload => upload.Content.Length)
            .ToList();
        Assert.Equal(5, uploads.Select(u => u.Content.Length).Distinct().Count());
        foreach (var upload in uploads)
        {
            await pipeline.UploadAsync(Samples.BlobName(upload), upload.Content);
        }

        var result = await pipeline.Processor.ProcessAllAsync("schedule", publish: false);

        Assert.Equal(5, result.Processed.Count(r => r.Accepted));
        Assert.Equal(uploads.Select(u => Samples.BlobName(u)).Order(StringComparer.Ordinal), opened.Order(StringComparer.Ordinal));
        Assert.Equal(Samples.BlobName(uploads[0]), opened.Last());
    }
}
