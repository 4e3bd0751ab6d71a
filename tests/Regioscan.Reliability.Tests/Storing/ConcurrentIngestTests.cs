using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Hostile;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// Two ingests of different files for one province at once: the first to finish makes its scan current, and the other,
/// finishing later, does not overwrite a scan it never knew about; it is stored as accepted and says which scan is current,
/// and ingesting it again makes it current.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ConcurrentIngestTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task An_ingest_that_finishes_after_another_of_its_province_leaves_that_scan_current_and_names_it_in_a_local_store()
    {
        using var folder = new TempDirectory("concurrent-ingest");
        await AssertLaterIngestLeavesTheOtherCurrentAsync(new LocalBlobStore(folder.FullPath));
    }

    [Fact]
    public Task An_ingest_that_finishes_after_another_of_its_province_leaves_that_scan_current_and_names_it_in_blob_storage() =>
        AzuriteStores.UseAsync(azurite, AssertLaterIngestLeavesTheOtherCurrentAsync);

    [Fact]
    public async Task An_ingest_after_another_has_finished_still_becomes_current()
    {
        using var folder = new TempDirectory("sequential-ingest");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);

        var first = await IngestAsync(pipeline, new MemoryStream(ScanCsv.Text(ScanCsv.ValidRow(1))), "first.csv");
        var second = await IngestAsync(pipeline, new MemoryStream(ScanCsv.Text(ScanCsv.ValidRow(2))), "second.csv");
        var again = await IngestAsync(pipeline, new MemoryStream(ScanCsv.Text(ScanCsv.ValidRow(1))), "first.csv");

        Assert.Null(first.CurrentInstead);
        Assert.Null(second.CurrentInstead);
        Assert.Null(again.CurrentInstead);
        Assert.Equal(first.UploadId, await CurrentAsync(store));
    }

    [Fact]
    public async Task A_process_run_overtaken_by_an_ingest_of_its_province_says_which_scan_is_current_and_publishes_that_one()
    {
        using var folder = new TempDirectory("concurrent-process");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        using var other = new TestPipeline(store);
        var pointer = PipelinePaths.ScanPointerName("PV20");
        IntakeResult? fast = null;

        // The run has stored its scan and is about to make it current when an ingest of another file of the province,
        // started after it, finishes first (a 'regioscan ingest' or a trigger beside 'regioscan process').
        using var run = new TestPipeline(new PausingBlobStore(store, async (container, name) =>
        {
            if (container == Containers.Scans && name == pointer && fast is null)
            {
                fast = await IngestAsync(other, new MemoryStream(ScanCsv.Text(ScanCsv.ValidRow(2))), "fast.csv");
            }
        }));
        await run.UploadAsync("PV20/slow.csv", ScanCsv.Text(ScanCsv.ValidRow(1)));
        var progress = new ProgressLines();

        var result = await run.Processor.ProcessAllAsync("overtaken", progress);

        var late = Assert.Single(result.Processed);
        Assert.NotNull(fast);
        Assert.True(late.Accepted && fast.Accepted);
        Assert.NotEqual(fast.UploadId, late.UploadId);
        Assert.Equal((fast.UploadId, "fast.csv"), (late.CurrentInstead?.UploadId, late.CurrentInstead?.File));
        Assert.Contains(
            $"  warning: PV20/slow.csv is not the current scan of PV20: fast.csv (upload {fast.UploadId}) was made current by another "
                + "ingest while this one ran, and the next release takes that one. To make this file current, ingest it again.",
            progress.All);
        Assert.Equal(fast.UploadId, await CurrentAsync(store));
        var release = (await ReleaseChecks.AssertLatestIsCompleteAsync(store))!;
        Assert.Equal((result.Publish?.Version, fast.UploadId), (release.Version, release.Inputs["PV20"].UploadId));
        Assert.NotNull(await store.GetAsync(Containers.Scans, PipelinePaths.UploadFolder("PV20", late.UploadId) + PipelinePaths.Report));
        await ReleaseChecks.AssertNoUploadLostAsync(store);
    }

    private static async Task AssertLaterIngestLeavesTheOtherCurrentAsync(IBlobStore store)
    {
        await store.EnsureContainersAsync();
        using var pipeline = new TestPipeline(store);
        var slow = new HeldStream(ScanCsv.Text(ScanCsv.ValidRow(1)));

        // The slow ingest has found the pointer (none yet) and is reading its file when the fast one starts and finishes.
        var slowIngest = IngestAsync(pipeline, slow, "slow.csv");
        await slow.Reading;
        var fast = await IngestAsync(pipeline, new MemoryStream(ScanCsv.Text(ScanCsv.ValidRow(2))), "fast.csv");
        slow.Release();
        var late = await slowIngest;

        Assert.True(fast.Accepted && late.Accepted);
        Assert.Null(fast.CurrentInstead);
        Assert.Equal((fast.UploadId, "fast.csv"), (late.CurrentInstead?.UploadId, late.CurrentInstead?.File));
        Assert.Equal(fast.UploadId, await CurrentAsync(store));
        Assert.NotNull(await store.GetAsync(Containers.Scans, PipelinePaths.UploadFolder("PV20", late.UploadId) + PipelinePaths.Report));

        // What the warning advises: ingested again, the same bytes (stored already) become current.
        var again = await IngestAsync(pipeline, new MemoryStream(ScanCsv.Text(ScanCsv.ValidRow(1))), "slow.csv");
        Assert.Equal((late.UploadId, true, null), (again.UploadId, again.AlreadyProcessed, again.CurrentInstead));
        Assert.Equal(late.UploadId, await CurrentAsync(store));
    }

    private static async Task<IntakeResult> IngestAsync(TestPipeline pipeline, Stream content, string name)
    {
        await using (content)
        {
            return await pipeline.Intake.IngestAsync(content, name, "PV20");
        }
    }

    private static async Task<string?> CurrentAsync(IBlobStore store) =>
        (await store.ReadJsonAsync<ScanPointer>(Containers.Scans, PipelinePaths.ScanPointerName("PV20")))?.Value.UploadId;

    /// <summary>An upload arriving slowly: its first read waits until the test releases it.</summary>
    private sealed class HeldStream(byte[] content) : MemoryStream(content, writable: false)
    {
        private readonly TaskCompletionSource _reading = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Reading => _reading.Task;

        public void Release() => _released.TrySetResult();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await HoldAsync(cancellationToken);
            return await base.ReadAsync(buffer, cancellationToken);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        // MemoryStream copies its buffer without reading through ReadAsync.
        public override async Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken)
        {
            await HoldAsync(cancellationToken);
            await base.CopyToAsync(destination, bufferSize, cancellationToken);
        }

        private Task HoldAsync(CancellationToken cancellationToken)
        {
            _reading.TrySetResult();
            return _released.Task.WaitAsync(cancellationToken);
        }
    }
}
