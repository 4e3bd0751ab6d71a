using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Regioscan.Core.Pipeline;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Load;

/// <summary>A long publish says how far its table pass has come; a short one only names its steps.</summary>
public sealed class PublishProgressTests
{
    [Fact]
    public async Task Writing_the_tables_reports_every_so_many_rows_of_each_table_between_the_step_lines()
    {
        using var folder = new TempDirectory("progress");
        using var pipeline = await DemoUploadedAsync(folder);
        var intake = await pipeline.Processor.ProcessAllAsync("progress", publish: false);
        Assert.All(intake.Processed, r => Assert.True(r.Accepted));
        var publisher = new Publisher(pipeline.Store, new TempFileScratchSpace(), TimeProvider.System, NullLogger<Publisher>.Instance) { ProgressEveryRows = 40 };
        var lines = new ProgressLines();

        var result = await publisher.PublishAsync("progress", lines);

        Assert.True(result.Published);
        var initiatives = result.Counts!.Initiatives;
        var activities = result.Counts.Activities;
        var start = lines.All.FindIndex(l => l.StartsWith("Writing the tables", StringComparison.Ordinal));
        var end = lines.All.FindIndex(l => l.StartsWith("Writing the change log", StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, string.Join('\n', lines.All));
        var pass = lines.All[(start + 1)..end];
        Assert.Equal(
            Enumerable.Range(1, activities / 40).Select(n => string.Create(CultureInfo.InvariantCulture, $"  activities: {n * 40:N0} of {activities:N0} rows …")),
            pass.Where(l => l.StartsWith("  activities", StringComparison.Ordinal)));
        Assert.Equal(
            Enumerable.Range(1, initiatives / 40).Select(n => string.Create(CultureInfo.InvariantCulture, $"  initiatives: {n * 40:N0} of {initiatives:N0} rows …")),
            pass.Where(l => l.StartsWith("  initiatives", StringComparison.Ordinal)));
        Assert.Equal((activities / 40) + (initiatives / 40), pass.Count);
        Assert.True(activities >= 80, $"the demo has {activities} activities, enough for two lines");
    }

    [Fact]
    public async Task A_publish_of_todays_size_prints_no_row_counts()
    {
        using var folder = new TempDirectory("progress-default");
        using var pipeline = await DemoUploadedAsync(folder);
        var lines = new ProgressLines();
        var result = await pipeline.Processor.ProcessAllAsync("progress", lines);

        Assert.True(result.Publish!.Published);
        Assert.DoesNotContain(lines.All, l => l.Contains(" rows …", StringComparison.Ordinal));
        Assert.Contains(lines.All, l => l.StartsWith("Writing the tables", StringComparison.Ordinal));
    }

    /// <summary>A local store in <paramref name="folder"/> with the demo's first round in <c>uploads/</c>, not yet processed.</summary>
    private static async Task<TestPipeline> DemoUploadedAsync(TempDirectory folder)
    {
        var store = new LocalBlobStore(folder.FullPath);
        await store.EnsureContainersAsync();
        var pipeline = new TestPipeline(store);
        foreach (var upload in Samples.Demo.FirstRound)
        {
            await pipeline.UploadAsync(Samples.BlobName(upload), upload.Content);
        }

        return pipeline;
    }
}
