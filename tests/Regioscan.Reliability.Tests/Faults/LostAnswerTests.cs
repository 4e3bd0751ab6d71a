using Regioscan.Core.Demo;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Faults;

/// <summary>
/// AZURE.md: "a 409 on a retried create can be your own earlier success". Each write of intake and publish
/// whose answer is lost after it succeeded must still count as done, in the same run.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class LostAnswerTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("-releases/latest.json")]
    [InlineData("-releases/index.json")]
    [InlineData("-releases/v1.1.0/manifest.json")]
    [InlineData("-releases/v1.1.0/initiatives.csv")]
    [InlineData("-releases/latest/manifest.json")]
    [InlineData("-scans/PV20/latest.json")]
    [InlineData("/report.json")]
    [InlineData("-system/processed/PV20/Regioscan_Groningen_2023-v2.csv.json")]
    public async Task A_write_whose_answer_was_lost_counts_as_done_in_the_same_run(string pathSuffix)
    {
        var prefix = UniqueNames.ContainerPrefix();
        var lost = new LostAnswerPolicy(pathSuffix);
        try
        {
            var store = AzuriteStores.Create(azurite, prefix, lost);
            await store.EnsureContainersAsync();
            using var pipeline = new TestPipeline(store);
            var first = Samples.Upload(DemoScanGenerator.DefaultSeed, "PV20");
            await pipeline.UploadAsync(Samples.BlobName(first), first.Content);
            await pipeline.Processor.ProcessAllAsync("first");

            var changed = Samples.Upload(101, "PV20");
            var name = Samples.BlobName(changed, "-v2");
            await pipeline.UploadAsync(name, changed.Content);
            lost.Enabled = true;
            var intake = await pipeline.Processor.ProcessUploadAsync(name, skipEmpty: true);
            var publish = await pipeline.FreshPublisher().PublishAsync("second");

            Assert.Equal(1, lost.Dropped);
            Assert.True(intake!.Accepted);
            Assert.True(publish.Published);
            Assert.Equal("1.1.0", publish.Version);
            var index = await ReleaseChecks.AssertConsistentAsync(store);
            Assert.Equal(["1.0.0", "1.1.0"], index.Releases.Select(r => r.Version));
            Assert.Equal(intake.UploadId, (await ReleaseChecks.CurrentScansAsync(store))["PV20"]);
            var latestCopy = await new Core.Pipeline.ReleaseCatalog(store).GetLatestAsync();
            Assert.Equal("1.1.0", latestCopy!.Value.Value.Version);
            Assert.NotNull(await store.GetAsync(Containers.Releases, "latest/manifest.json"));
            await ReleaseChecks.AssertNoUploadLostAsync(store);
        }
        finally
        {
            await AzuriteStores.DeleteAsync(azurite, prefix);
        }
    }
}
