using System.Diagnostics;
using Regioscan.Core.Pipeline;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// What a publish says about its lock: nothing when the lock is free (a store that refuses the request then fails with
/// its one error line), and that it waits when another publish holds it.
/// </summary>
public sealed class PublishLockProgressTests
{
    private const string Waiting = "Waiting for the publish lock: another publish holds it …";

    [Fact]
    public async Task A_publish_says_it_waits_for_the_lock_only_while_another_holds_it()
    {
        using var folder = new TempDirectory("publish-lock");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);
        await pipeline.UploadAsync(Samples.BlobName(Samples.Upload(1, "PV20")), Samples.Upload(1, "PV20").Content);

        var free = new ProgressLines();
        Assert.Equal("1.0.0", (await pipeline.Processor.ProcessAllAsync("free lock", free)).Publish?.Version);
        Assert.Contains("Publishing a release with the accepted scans …", free.All);
        Assert.DoesNotContain(free.All, line => line.StartsWith("Waiting for the publish lock", StringComparison.Ordinal));

        var held = await store.AcquireLockAsync(Publisher.LockName, TimeSpan.Zero);
        var contended = new ProgressLines();
        var publish = pipeline.FreshPublisher().PublishAsync("held lock", force: true, contended);
        var waited = Stopwatch.StartNew();
        while (!contended.All.Contains(Waiting))
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "the publish never said that it waits for the lock");
            await Task.Delay(20);
        }

        Assert.False(publish.IsCompleted);
        await held.DisposeAsync();
        var result = await publish;

        Assert.True(result.Published);
        Assert.Equal(Waiting, contended.All[0]);
    }
}
