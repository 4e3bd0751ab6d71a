using Regioscan.Core.Demo;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Azure;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// Blob Storage takes a release's files several at a time (<see cref="AzureBlobStoreOptions.WriteConcurrency"/>), each
/// streamed over a connection of its own; the manifest still comes after all of them, in the version folder and in
/// <c>latest/</c>, so that a folder or a <c>latest/</c> with a manifest is complete.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class StoringConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_release_is_stored_several_files_at_a_time_and_its_manifest_after_them()
    {
        var prefix = UniqueNames.ContainerPrefix();
        var timeline = new RequestTimeline("releases/", TimeSpan.FromMilliseconds(100));
        try
        {
            var store = new AzureBlobStore(
                azurite.CreateBlobServiceClient(AzuriteStores.ClientOptions(timeline)),
                new AzureBlobStoreOptions { ContainerPrefix = prefix, WriteConcurrency = 3 });
            await store.EnsureContainersAsync();
            using var pipeline = new TestPipeline(store);
            foreach (var province in new[] { "PV20", "PV27" })
            {
                var upload = Samples.Upload(DemoScanGenerator.DefaultSeed, province);
                await pipeline.UploadAsync(Samples.BlobName(upload), upload.Content);
            }

            await pipeline.Processor.ProcessAllAsync("storing concurrency");

            // Three at a time, never more; each request is held 100 ms, so files sent one after another never overlap.
            Assert.Equal(3, timeline.MostAtOnce("v1.0.0/", except: "v1.0.0/manifest.json"));
            Assert.Equal(3, timeline.MostAtOnce("latest/", except: "latest/manifest.json"));
            Assert.True(timeline.StartedAfterTheRest("v1.0.0/", "v1.0.0/manifest.json"), "the version's manifest was stored before all of its files were");
            Assert.True(timeline.StartedAfterTheRest("latest/", "latest/manifest.json"), "latest/manifest.json was copied before all of latest/'s files were");
            Assert.Equal(18, timeline.Requests.Count(r => r.Path.StartsWith("v1.0.0/", StringComparison.Ordinal) && r.Path != "v1.0.0/manifest.json"));
            await ReleaseChecks.AssertConsistentAsync(store);
        }
        finally
        {
            await AzuriteStores.DeleteAsync(azurite, prefix);
        }
    }
}
