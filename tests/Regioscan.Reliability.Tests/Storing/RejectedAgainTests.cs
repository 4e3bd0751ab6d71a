using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Core.Validation;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// Bytes rejected before are validated again when they come again: the rules may have changed since (here the operator
/// raised a limit), and a province told to upload its file again expects it checked again, not the old verdict.
/// </summary>
public sealed class RejectedAgainTests
{
    private const string Drenthe = "PV22";

    [Fact]
    public async Task The_same_bytes_rejected_under_a_lower_limit_are_accepted_and_made_current_once_the_limit_is_raised()
    {
        using var folder = new TempDirectory("rejected-again");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        var upload = Samples.Upload(1, Drenthe);

        using (var strict = new TestPipeline(store, validation: new ValidationOptions { MaxRows = 5 }))
        {
            var first = await IngestAsync(strict, upload.FileName);
            Assert.False(first.Accepted);
            Assert.Equal(ErrorCodes.FileTooLarge, Assert.Single(first.Report.Errors).Code);
        }

        using var raised = new TestPipeline(store);
        var again = await IngestAsync(raised, "renamed.csv");

        Assert.True(again.Accepted, "validated again under the current limits");
        Assert.False(again.AlreadyProcessed);
        Assert.Equal(upload.FileName, again.EarlierFile);
        Assert.Equal($"{Containers.Scans}/{PipelinePaths.UploadFolder(Drenthe, again.UploadId)}", again.Location);
        var pointer = (await store.ReadJsonAsync<ScanPointer>(Containers.Scans, PipelinePaths.ScanPointerName(Drenthe)))!.Value.Value;
        Assert.Equal(again.UploadId, pointer.UploadId);
        Assert.Equal("1.0.0", (await raised.Publisher.PublishAsync("accepted now")).Version);

        // Accepted bytes are staged once: a third time is the earlier outcome, nothing validated or written.
        var third = await IngestAsync(raised, upload.FileName);
        Assert.True(third is { Accepted: true, AlreadyProcessed: true, EarlierFile: null });

        async Task<IntakeResult> IngestAsync(TestPipeline pipeline, string name)
        {
            using var content = new MemoryStream(upload.Content);
            return await pipeline.Intake.IngestAsync(content, name, Drenthe);
        }
    }

    [Fact]
    public async Task Bytes_rejected_again_keep_their_folder_and_get_todays_report()
    {
        using var folder = new TempDirectory("rejected-again-report");
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        var upload = Samples.Upload(1, Drenthe);

        var first = await IngestAsync(new ValidationOptions { MaxRows = 5 });
        var again = await IngestAsync(new ValidationOptions { MaxRows = 6 });

        Assert.False(again.Accepted);
        Assert.True(again.AlreadyProcessed);
        Assert.Equal(first.Location, again.Location);
        Assert.Equal(upload.FileName, again.EarlierFile);
        Assert.Contains("5", Assert.Single(first.Report.Errors).Message, StringComparison.Ordinal);
        var stored = await store.ReadAsync(Containers.Quarantine, PipelinePaths.UploadFolder(Drenthe, again.UploadId) + PipelinePaths.Report);
        using var json = new MemoryStream(stored!.Content.ToArray());
        var report = ValidationReportJson.Read(json);
        Assert.Equal(Assert.Single(again.Report.Errors).Message, Assert.Single(report.Errors).Message);
        Assert.NotEqual(Assert.Single(first.Report.Errors).Message, Assert.Single(report.Errors).Message);

        async Task<IntakeResult> IngestAsync(ValidationOptions limits)
        {
            using var pipeline = new TestPipeline(store, validation: limits);
            using var content = new MemoryStream(upload.Content);
            return await pipeline.Intake.IngestAsync(content, upload.FileName, Drenthe);
        }
    }
}
