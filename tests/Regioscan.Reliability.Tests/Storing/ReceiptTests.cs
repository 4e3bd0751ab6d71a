using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// The receipts in system/processed/ (local store) only mark an upload as processed: a damaged one must not stop the
/// other uploads, and two runs at once must not both count an upload as theirs.
/// </summary>
public sealed class ReceiptTests : IDisposable
{
    private readonly TempDirectory _folder = new("receipts");

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("xx{")]
    [InlineData("")]
    public async Task An_unreadable_receipt_is_taken_as_none_and_the_other_uploads_are_processed(string damaged)
    {
        var store = new LocalBlobStore(_folder.FullPath);
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);
        var drenthe = Samples.BlobName(Samples.Upload(1, "PV22"));
        await pipeline.UploadAsync(drenthe, Samples.Upload(1, "PV22").Content);
        Assert.Equal("1.0.0", (await pipeline.Processor.ProcessAllAsync("first")).Publish?.Version);
        var receipt = PipelinePaths.Receipt(drenthe);
        await File.WriteAllTextAsync(_folder.Combine(Containers.System, receipt), damaged);
        var groningen = Samples.BlobName(Samples.Upload(1, "PV20"));
        await pipeline.UploadAsync(groningen, Samples.Upload(1, "PV20").Content);

        var progress = new ProgressLines();
        var result = await pipeline.Processor.ProcessAllAsync("second", progress);

        Assert.Contains(progress.All, line => line.StartsWith($"Warning: system/{receipt} is not valid: ", StringComparison.Ordinal)
            && line.EndsWith($"It is taken as no receipt: uploads/{drenthe} is processed again (the same bytes find their earlier outcome), and the receipt is written again.", StringComparison.Ordinal));
        var again = Assert.Single(result.Processed, r => r.Upload == drenthe);
        Assert.True(again.Accepted && again.AlreadyProcessed);
        Assert.True(Assert.Single(result.Processed, r => r.Upload == groningen).Accepted);
        Assert.Equal("1.1.0", result.Publish?.Version);
        Assert.NotNull(await store.ReadJsonAsync<UploadReceipt>(Containers.System, receipt));
        await ReleaseChecks.AssertNoUploadLostAsync(store);
    }

    [Fact]
    public async Task Two_runs_at_once_count_each_upload_once()
    {
        var store = new LocalBlobStore(_folder.FullPath);
        await store.EnsureContainersAsync();
        var groningen = Samples.BlobName(Samples.Upload(1, "PV20"));
        var limburg = Samples.BlobName(Samples.Upload(1, "PV31"));
        var receipt = PipelinePaths.Receipt(groningen);
        var paused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var resume = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var first = new TestPipeline(new PausingBlobStore(store, async (container, name) =>
        {
            if (container == Containers.System && name == receipt)
            {
                paused.TrySetResult();
                await resume.Task;
            }
        }));
        using var second = new TestPipeline(new LocalBlobStore(_folder.FullPath));
        await second.UploadAsync(groningen, Samples.Upload(1, "PV20").Content);
        await second.UploadAsync(limburg, Samples.Upload(1, "PV31").Content);

        // The first run has ingested Groningen's upload and is about to write its receipt when the second run processes
        // every upload, as two 'regioscan process' started together do.
        var firstRun = first.Processor.ProcessAllAsync("first run");
        await paused.Task.WaitAsync(TimeSpan.FromMinutes(2));
        var secondResult = await second.Processor.ProcessAllAsync("second run");
        resume.SetResult();
        var firstResult = await firstRun;

        Assert.Contains(secondResult.Processed, r => r.Upload == groningen);
        Assert.DoesNotContain(firstResult.Processed, r => r.Upload == groningen);
        Assert.Equal(2, firstResult.Processed.Count + secondResult.Processed.Count);
        Assert.Equal(2, firstResult.Skipped + secondResult.Skipped);
        Assert.Equal(["1.0.0"], (await second.Catalog.GetIndexAsync()).Releases.Select(r => r.Version));
        await ReleaseChecks.AssertNoUploadLostAsync(store);
    }
}
