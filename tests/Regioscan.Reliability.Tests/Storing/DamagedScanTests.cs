using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Staging;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// A store changed by hand under scans/: a province's pointer deleted, a staged file cut short or overwritten. Publishing
/// must stop with a message naming the file and a way out that works, never publish without the province's data.
/// </summary>
public sealed class DamagedScanTests
{
    private const string Drenthe = "PV22";

    [Fact]
    public async Task A_deleted_scan_pointer_stops_the_publish_instead_of_dropping_the_province_and_ingesting_the_file_again_restores_it()
    {
        using var folder = new TempDirectory("damaged-pointer");
        using var pipeline = await PublishedAsync(folder);
        var drenthe = Samples.Upload(1, Drenthe);
        await pipeline.Store.DeleteAsync(Containers.Scans, PipelinePaths.ScanPointerName(Drenthe));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => pipeline.FreshPublisher().PublishAsync("scheduled"));

        Assert.StartsWith("Release 1.0.0 holds the scans of PV22, but the store has no current scan for it: scans/PV22/latest.json (release 1.0.0 holds upload ", error.Message, StringComparison.Ordinal);
        Assert.Contains("'regioscan ingest <file> --province PVxx' points latest.json at its scan again", error.Message, StringComparison.Ordinal);
        Assert.Equal("1.0.0", (await pipeline.Catalog.GetLatestAsync())!.Value.Value.Version);

        // The way out the message gives: the same file again.
        using (var content = new MemoryStream(drenthe.Content))
        {
            Assert.True((await pipeline.Intake.IngestAsync(content, drenthe.FileName, Drenthe)).AlreadyProcessed);
        }

        var result = await pipeline.FreshPublisher().PublishAsync("scheduled");
        Assert.False(result.Published);
        Assert.Equal(12, result.Counts!.Provinces);
    }

    [Theory]
    [InlineData("activities.jsonl", "cut")]
    [InlineData("initiatives.jsonl", "garbage")]
    [InlineData("summary.json", "garbage")]
    public async Task A_damaged_staged_file_is_named_with_its_province_and_the_steps_that_stage_it_again(string file, string damage)
    {
        using var folder = new TempDirectory("damaged-scan");
        using var pipeline = await PublishedAsync(folder);
        var drenthe = Samples.Upload(1, Drenthe);
        var scan = (await pipeline.Store.ReadJsonAsync<ScanPointer>(Containers.Scans, PipelinePaths.ScanPointerName(Drenthe)))!.Value.Value;
        var scanFolder = PipelinePaths.UploadFolder(Drenthe, scan.UploadId);
        var path = Path.Combine(folder.FullPath, Containers.Scans, scanFolder, file);
        if (damage == "cut")
        {
            File.WriteAllBytes(path, File.ReadAllBytes(path)[..(int)(new FileInfo(path).Length / 2)]);
        }
        else
        {
            File.AppendAllText(path, "{not json\n");
        }

        // Another province's new scan makes the publish read Drenthe's again.
        await IngestAsync(pipeline, Samples.Upload(2, "PV20"));
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => pipeline.FreshPublisher().PublishAsync("new scan"));

        Assert.StartsWith($"The staged scan scans/{scanFolder}{file} of PV22 is damaged (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith(
            $"To stage it again: copy the upload out of scans/{scanFolder} if it is still there (the file upload.*; otherwise take the province's file), delete that folder, and ingest the file ('regioscan ingest <file> --province PV22'); then publish.",
            error.Message, StringComparison.Ordinal);
        Assert.Equal("1.0.0", (await pipeline.Catalog.GetLatestAsync())!.Value.Value.Version);

        // The steps of the message, as an operator takes them.
        var upload = Directory.GetFiles(Path.Combine(folder.FullPath, Containers.Scans, scanFolder), "upload.*").Single();
        var copy = Path.Combine(folder.FullPath, "..", $"{Path.GetFileName(folder.FullPath)}-{Path.GetFileName(upload)}");
        File.Copy(upload, copy);
        try
        {
            Directory.Delete(Path.Combine(folder.FullPath, Containers.Scans, scanFolder), recursive: true);
            await using (var content = File.OpenRead(copy))
            {
                Assert.True((await pipeline.Intake.IngestAsync(content, drenthe.FileName, Drenthe)).Accepted);
            }
        }
        finally
        {
            File.Delete(copy);
        }

        var result = await pipeline.FreshPublisher().PublishAsync("new scan");
        Assert.True(result.Published);
        Assert.Equal(("1.1.0", 12), (result.Version, result.Counts!.Provinces));
        Assert.True(await File.ReadAllTextAsync(path) is { Length: > 0 } staged && !staged.Contains("{not json", StringComparison.Ordinal));
    }

    private static async Task<TestPipeline> PublishedAsync(TempDirectory folder)
    {
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        var pipeline = new TestPipeline(store);
        foreach (var upload in Samples.Of(1).FirstRound)
        {
            await IngestAsync(pipeline, upload);
        }

        Assert.Equal("1.0.0", (await pipeline.Publisher.PublishAsync("first")).Version);
        return pipeline;
    }

    private static async Task IngestAsync(TestPipeline pipeline, Core.Demo.DemoUpload upload)
    {
        using var content = new MemoryStream(upload.Content);
        Assert.True((await pipeline.Intake.IngestAsync(content, upload.FileName, upload.ProvinceCode)).Accepted);
    }
}
