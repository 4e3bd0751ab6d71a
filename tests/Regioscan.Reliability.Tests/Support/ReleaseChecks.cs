using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Reliability.Tests.Support;

/// <summary>What consumers and provinces must always be able to rely on, as assertions.</summary>
internal static class ReleaseChecks
{
    /// <summary>
    /// latest.json (if any) names a release whose manifest exists and whose files all match their checksums;
    /// returns that version (null when nothing is published yet).
    /// </summary>
    public static async Task<ReleaseManifest?> AssertLatestIsCompleteAsync(IBlobStore store)
    {
        var catalog = new ReleaseCatalog(store);
        var latest = await catalog.GetLatestAsync();
        if (latest is null)
        {
            return null;
        }

        var manifest = await catalog.GetManifestAsync(latest.Value.Value.Version);
        Assert.True(manifest is not null, $"latest.json names {latest.Value.Value.Version}, which has no manifest");
        foreach (var file in manifest.Files)
        {
            await using var content = await store.OpenReadAsync(Containers.Releases, ReleaseCatalog.Folder(manifest.Version) + file.Name);
            Assert.True(content is not null, $"{file.Name} of release {manifest.Version} is missing");
            Assert.Equal(file.Sha256, await BlobStoreExtensions.Sha256Async(content));
        }

        return manifest;
    }

    /// <summary>Every index entry has a manifest whose <c>previous</c> is the entry before it, and every checksum verifies.</summary>
    public static async Task<ReleaseIndex> AssertConsistentAsync(IBlobStore store)
    {
        var catalog = new ReleaseCatalog(store);
        var index = await catalog.GetIndexAsync();
        string? previous = null;
        foreach (var entry in index.Releases)
        {
            var manifest = await catalog.GetManifestAsync(entry.Version);
            Assert.True(manifest is not null, $"index.json lists {entry.Version}, which has no manifest");
            Assert.Equal(previous, manifest.Previous);
            previous = entry.Version;
        }

        var latest = await catalog.GetLatestAsync();
        Assert.Equal(previous, latest?.Value.Version);
        Assert.Empty(await new ReleaseVerifier(store, catalog).VerifyAllAsync());
        return index;
    }

    /// <summary>
    /// The cheap form of <see cref="AssertConsistentAsync"/> for loops: the newest index entry follows the one
    /// before it, is latest.json, and its files and latest/ verify.
    /// </summary>
    public static async Task AssertNewestAreConsistentAsync(IBlobStore store)
    {
        var catalog = new ReleaseCatalog(store);
        var index = await catalog.GetIndexAsync();
        var newest = await catalog.GetManifestAsync(index.Releases[^1].Version);
        Assert.NotNull(newest);
        Assert.Equal(index.Releases.Count > 1 ? index.Releases[^2].Version : null, newest.Previous);
        Assert.Equal(newest.Version, (await catalog.GetLatestAsync())?.Value.Version);
        await AssertLatestIsCompleteAsync(store);
        foreach (var file in newest.Files)
        {
            await using var content = await store.OpenReadAsync(Containers.Releases, ReleaseCatalog.LatestFolder + file.Name);
            Assert.True(content is not null, $"latest/{file.Name} is missing");
            Assert.Equal(file.Sha256, await BlobStoreExtensions.Sha256Async(content));
        }
    }

    /// <summary>The current scan pointer of every province that has one.</summary>
    public static async Task<Dictionary<string, string>> CurrentScansAsync(IBlobStore store)
    {
        var current = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var province in Core.Geography.Provinces.All)
        {
            if (await store.ReadJsonAsync<ScanPointer>(Containers.Scans, PipelinePaths.ScanPointerName(province.Code)) is { } pointer)
            {
                current[province.Code] = pointer.Value.UploadId;
            }
        }

        return current;
    }

    /// <summary>Every blob of uploads/ has a receipt that points at a folder with a report.</summary>
    public static async Task<(int Accepted, int Rejected)> AssertNoUploadLostAsync(IBlobStore store)
    {
        var accepted = 0;
        var rejected = 0;
        await foreach (var upload in store.ListAsync(Containers.Uploads))
        {
            var receipt = await store.ReadJsonAsync<UploadReceipt>(Containers.System, PipelinePaths.Receipt(upload.Name));
            Assert.True(receipt is not null, $"uploads/{upload.Name} has no receipt");
            Assert.Equal(upload.ETag, receipt.Value.Value.ETag);
            var slash = receipt.Value.Value.Location.IndexOf('/', StringComparison.Ordinal);
            var container = receipt.Value.Value.Location[..slash];
            var folder = receipt.Value.Value.Location[(slash + 1)..];
            Assert.NotNull(await store.GetAsync(container, folder + PipelinePaths.Report));
            if (receipt.Value.Value.Accepted)
            {
                accepted++;
            }
            else
            {
                rejected++;
            }
        }

        return (accepted, rejected);
    }
}
