using Regioscan.Core.Demo;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Azure;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// The sweep's check of every published file against its manifest, on Azurite: a file is read and hashed when it is new or
/// its blob changed since it was verified, and never again otherwise; a changed or missing file is found every time.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class ReleaseVerifierTests : IAsyncLifetime, IDisposable
{
    private readonly AzuriteFixture _azurite;
    private readonly string _prefix = UniqueNames.ContainerPrefix();
    private readonly AzureBlobStore _store;
    private readonly TestPipeline _pipeline;

    public ReleaseVerifierTests(AzuriteFixture azurite)
    {
        _azurite = azurite;
        _store = AzuriteStores.Create(azurite, _prefix);
        _pipeline = new TestPipeline(_store);
    }

    public async Task InitializeAsync()
    {
        await _store.EnsureContainersAsync();
        await PublishAsync(DemoScanGenerator.DefaultSeed);
    }

    public Task DisposeAsync() => AzuriteStores.DeleteAsync(_azurite, _prefix);

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task A_file_is_read_again_only_when_it_is_new_or_its_blob_changed()
    {
        var files = (await _pipeline.Catalog.GetManifestAsync("1.0.0"))!.Files.Count;

        // The version folder and latest/: every file read the first time, none the second.
        Assert.Equal((0, 2 * files, 2 * files), Counts(await _pipeline.Verifier.VerifyAsync()));
        var record = (await _store.GetAsync(Containers.System, ReleaseVerifier.RecordName))!.ETag;
        Assert.Equal((0, 2 * files, 0), Counts(await _pipeline.Verifier.VerifyAsync()));
        Assert.Equal(record, (await _store.GetAsync(Containers.System, ReleaseVerifier.RecordName))!.ETag); // nothing new: not rewritten

        // A new release: its folder and the replaced latest/ are read, release 1.0.0's files are not.
        await PublishAsync(301);
        var next = (await _pipeline.Catalog.GetManifestAsync("1.1.0"))!.Files.Count;
        Assert.Equal((0, files + 2 * next, 2 * next), Counts(await _pipeline.Verifier.VerifyAsync()));

        // Without the record every file is read again.
        await _store.DeleteAsync(Containers.System, ReleaseVerifier.RecordName);
        Assert.Equal((0, files + 2 * next, files + 2 * next), Counts(await _pipeline.Verifier.VerifyAsync()));
    }

    [Fact]
    public async Task A_file_changed_or_removed_after_it_was_verified_is_found_at_every_check()
    {
        var manifest = (await _pipeline.Catalog.GetManifestAsync("1.0.0"))!;
        Assert.Empty((await _pipeline.Verifier.VerifyAsync()).Problems);

        // Another client overwrites a published file, and someone deletes one from latest/.
        using (var other = new MemoryStream("id;name\n1;not the published table\n"u8.ToArray()))
        {
            await _store.WriteAsync(Containers.Releases, "v1.0.0/activities.csv", other);
        }

        await _store.DeleteAsync(Containers.Releases, "latest/initiatives.csv");
        var expected = manifest.Files.Single(f => f.Name == "activities.csv").Sha256;
        var changed = BlobStoreExtensions.Sha256("id;name\n1;not the published table\n"u8);

        for (var check = 1; check <= 2; check++)
        {
            var verification = await _pipeline.Verifier.VerifyAsync();

            Assert.Equal(
                [$"releases/v1.0.0/activities.csv has SHA-256 {changed}, the manifest says {expected}.", "releases/latest/initiatives.csv is missing."],
                verification.Problems);
            Assert.Equal(1, verification.Hashed);
        }
    }

    /// <summary>The problems found, the files checked and the files read and hashed.</summary>
    private static (int Problems, int Checked, int Hashed) Counts(ReleaseVerification verification) =>
        (verification.Problems.Count, verification.Checked, verification.Hashed);

    private async Task PublishAsync(int seed)
    {
        foreach (var province in new[] { "PV20", "PV27" })
        {
            var upload = Samples.Upload(seed, province);
            await _pipeline.UploadAsync(Samples.BlobName(upload, $"-{seed}"), upload.Content);
        }

        await _pipeline.Processor.ProcessAllAsync("verifier test");
    }
}
