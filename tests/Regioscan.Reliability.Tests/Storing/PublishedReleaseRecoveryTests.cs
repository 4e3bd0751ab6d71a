using Regioscan.Core.Demo;
using Regioscan.Core.Pipeline;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;
using Regioscan.Reliability.Tests.Support;
using Regioscan.Storage.Local;
using Regioscan.Testing;

namespace Regioscan.Reliability.Tests.Storing;

/// <summary>
/// Recovery on a store damaged by hand (local store): a version that index.json lists is never removed or published again,
/// and latest/ is repaired by the next publish. Releases 1.0.0 and 1.1.0 are published before each test.
/// </summary>
public sealed class PublishedReleaseRecoveryTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory _folder = new("published-recovery");
    private readonly LocalBlobStore _store;
    private readonly TestPipeline _pipeline;

    public PublishedReleaseRecoveryTests()
    {
        _store = new LocalBlobStore(_folder.FullPath);
        _pipeline = new TestPipeline(_store);
    }

    public async Task InitializeAsync()
    {
        await _store.EnsureContainersAsync();
        await IngestAsync(DemoScanGenerator.DefaultSeed);
        await IngestAsync(301);
        Assert.Equal(["1.0.0", "1.1.0"], (await _pipeline.Catalog.GetIndexAsync()).Releases.Select(r => r.Version));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _pipeline.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task A_listed_version_that_lost_its_manifest_is_restored_from_latest_and_not_published_again()
    {
        var before = await FilesAsync("v1.1.0/");
        var index = await _pipeline.Catalog.GetIndexAsync();

        // The steps the old message advised: the manifest gone, then latest.json removed.
        await _store.DeleteAsync(Containers.Releases, "v1.1.0/manifest.json");
        await _store.DeleteAsync(Containers.Releases, ReleaseCatalog.LatestName);
        var progress = new ProgressLines();
        var result = await _pipeline.FreshPublisher().PublishAsync("after the damage", progress);

        Assert.False(result.Published, result.Message);
        Assert.Equal("1.1.0", result.Version);
        Assert.Contains("Restoring releases/v1.1.0/manifest.json from latest/manifest.json (the same SHA-256 index.json records) …", progress.All);
        Assert.DoesNotContain(progress.All, line => line.StartsWith("Removing", StringComparison.Ordinal));
        Assert.Equal(before, await FilesAsync("v1.1.0/"));
        Assert.Equal(index, await _pipeline.Catalog.GetIndexAsync(), new IndexComparer());
        Assert.Equal("1.1.0", (await _pipeline.Catalog.GetLatestAsync())?.Value.Version);
        await ReleaseChecks.AssertConsistentAsync(_store);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_listed_version_that_lost_its_manifest_without_an_exact_copy_stops_the_publish(bool latestPointerRemoved)
    {
        var before = await FilesAsync("v1.1.0/");
        var sha256 = (await _pipeline.Catalog.GetIndexAsync()).Releases[^1].ManifestSha256;
        await _store.DeleteAsync(Containers.Releases, "v1.1.0/manifest.json");
        await _store.DeleteAsync(Containers.Releases, "latest/manifest.json");
        if (latestPointerRemoved)
        {
            await _store.DeleteAsync(Containers.Releases, ReleaseCatalog.LatestName);
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _pipeline.FreshPublisher().PublishAsync("after the damage"));

        Assert.Contains("releases/v1.1.0/manifest.json is missing, but release 1.1.0 was published (index.json lists it)", error.Message, StringComparison.Ordinal);
        Assert.Contains($"the file must have sha256 {sha256}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("remove latest.json", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Where(f => f.Key != "v1.1.0/manifest.json"), await FilesAsync("v1.1.0/"));
        Assert.Equal(["1.0.0", "1.1.0"], (await _pipeline.Catalog.GetIndexAsync()).Releases.Select(r => r.Version));
    }

    [Fact]
    public async Task The_current_release_whose_folder_is_gone_stops_publishing_naming_latest_as_its_copy_and_copying_it_back_works()
    {
        var before = await FilesAsync("v1.1.0/");
        await DeleteFolderAsync("v1.1.0/");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _pipeline.FreshPublisher().PublishAsync("after the damage"));

        Assert.StartsWith("Publishing stops here: Release 1.1.0 was published (latest.json points at it), but its folder releases/v1.1.0/ is missing: "
            + "releases/latest/ is an exact copy of it", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cp -a releases/latest/. releases/v1.1.0/'", error.Message, StringComparison.Ordinal);

        // The advice, followed (every file of latest/, map/ too): the release is whole again and publishing goes on.
        CopyLatestInto("v1.1.0");

        Assert.Equal(before, await FilesAsync("v1.1.0/"));
        Assert.False((await _pipeline.FreshPublisher().PublishAsync("after the restore")).Published);
    }

    [Fact]
    public async Task A_version_in_the_index_is_never_issued_again_when_its_folder_is_gone()
    {
        await DeleteFolderAsync("v1.1.0/");
        await _store.WriteIfMatchAsync(
            Containers.Releases, ReleaseCatalog.LatestName, ReleaseJson.Serialize(new LatestPointer("1.0.0")),
            (await _pipeline.Catalog.GetLatestAsync())!.Value.ETag);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _pipeline.FreshPublisher().PublishAsync("after the damage"));

        // latest/ is still release 1.1.0's exact copy (only latest.json was set back), so the message says to copy it back.
        Assert.StartsWith(
            "Publishing stops here: Release 1.1.0 was published (releases/index.json lists it, newer than the current release 1.0.0), but its "
                + "folder releases/v1.1.0/ is missing: releases/latest/ is an exact copy of it (releases/latest/manifest.json has the sha256 ",
            error.Message, StringComparison.Ordinal);
        Assert.EndsWith(
            "copy all of releases/latest/, its map/ folder too, into releases/v1.1.0/ (in a local store 'cp -a releases/latest/. releases/v1.1.0/') "
                + "and check them there with 'sha256sum -c SHA256SUMS'. Do not delete latest.json or index.json: the next release would then reuse the version number.",
            error.Message, StringComparison.Ordinal);
        Assert.Empty(await FilesAsync("v1.1.0/"));

        // The advice, followed: release 1.1.0 is whole again and, newer than latest.json, becomes current once more.
        CopyLatestInto("v1.1.0");

        Assert.False((await _pipeline.FreshPublisher().PublishAsync("after the restore")).Published);
        Assert.Equal("1.1.0", (await _pipeline.Catalog.GetLatestAsync())!.Value.Value.Version);
    }

    [Fact]
    public async Task A_lost_folder_newer_than_the_current_release_that_latest_does_not_hold_is_to_be_restored_from_a_backup()
    {
        await DeleteFolderAsync("v1.1.0/");
        await DeleteFolderAsync("latest/");
        await _store.WriteIfMatchAsync(
            Containers.Releases, ReleaseCatalog.LatestName, ReleaseJson.Serialize(new LatestPointer("1.0.0")),
            (await _pipeline.Catalog.GetLatestAsync())!.Value.ETag);
        var recorded = (await _pipeline.Catalog.GetIndexAsync()).Releases.Single(r => r.Version == "1.1.0").ManifestSha256;

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _pipeline.FreshPublisher().PublishAsync("after the damage"));

        Assert.Equal(
            "Publishing stops here: Release 1.1.0 was published (releases/index.json lists it, newer than the current release 1.0.0), but its "
                + "folder releases/v1.1.0/ is missing: restore releases/v1.1.0/ from a backup or another copy of release 1.1.0 (its manifest.json "
                + $"with sha256 {recorded}, as index.json records, and every file its manifest lists; check them with 'sha256sum -c SHA256SUMS'). "
                + "Do not delete latest.json or index.json: the next release would then reuse the version number.",
            error.Message);
        Assert.Empty(await FilesAsync("v1.1.0/"));
    }

    [Theory]
    [InlineData("summary_by_province.csv", "missing")]
    [InlineData("initiatives.csv", "shorter")]
    [InlineData("activities.csv", "same size")]
    [InlineData("stray.txt", "extra")]
    public async Task A_file_of_latest_that_differs_from_the_release_is_refreshed_by_the_next_publish(string name, string damage)
    {
        var path = _folder.Combine("releases", "latest", name);
        var size = File.Exists(path) ? new FileInfo(path).Length : 10;
        File.Delete(path); // a new file, not the release's (latest/'s files are links to it)
        switch (damage)
        {
            case "shorter":
                File.WriteAllText(path, "initiative_id\n");
                break;
            case "same size":
            case "extra":
                File.WriteAllBytes(path, Enumerable.Repeat((byte)'x', (int)size).ToArray());
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1)); // settled, as a file copied in earlier
                break;
        }

        var progress = new ProgressLines();
        var result = await _pipeline.FreshPublisher().PublishAsync("after the damage", progress);

        Assert.False(result.Published, result.Message);
        Assert.Contains(progress.All, line => line.StartsWith("Refreshing latest/ to release 1.1.0 (" + name, StringComparison.Ordinal));
        Assert.DoesNotContain(progress.All, line => line.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Equal(damage == "extra", !File.Exists(path));
        await ReleaseChecks.AssertNewestAreConsistentAsync(_store);
        await ReleaseChecks.AssertConsistentAsync(_store);

        // Repaired: the publish after it finds nothing to do.
        var again = new ProgressLines();
        await _pipeline.FreshPublisher().PublishAsync("again", again);
        Assert.DoesNotContain(again.All, line => line.StartsWith("Refreshing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_of_latest_edited_in_place_is_reported_as_a_changed_release_file()
    {
        // latest/'s file is a hard link to the release's (initiatives.csv changed in 1.1.0): writing into it changes release 1.1.0.
        var path = _folder.Combine("releases", "latest", "initiatives.csv");
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Write("X"u8);
        }

        var progress = new ProgressLines();
        await _pipeline.FreshPublisher().PublishAsync("after the damage", progress);

        Assert.Contains(progress.All, line => line.StartsWith("Warning: releases/v1.1.0/initiatives.csv differs from its manifest too", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("index.json deleted")]
    [InlineData("index.json listing the current release only")]
    [InlineData("index.json and latest.json deleted")]
    public async Task Releases_that_index_json_lost_are_listed_again_from_their_version_folders(string damage)
    {
        var index = await _pipeline.Catalog.GetIndexAsync();
        if (damage == "index.json listing the current release only")
        {
            // What a publish before this fix left of a deleted index.json.
            await _store.WriteAsync(Containers.Releases, ReleaseCatalog.IndexName, new MemoryStream(ReleaseJson.Serialize(new ReleaseIndex([index.Releases[^1]]))));
        }
        else
        {
            await _store.DeleteAsync(Containers.Releases, ReleaseCatalog.IndexName);
            if (damage.Contains("latest.json", StringComparison.Ordinal))
            {
                await _store.DeleteAsync(Containers.Releases, ReleaseCatalog.LatestName);
            }
        }

        var progress = new ProgressLines();
        var result = await _pipeline.FreshPublisher().PublishAsync("recovery", progress);

        Assert.False(result.Published, result.Message);
        Assert.Equal("1.1.0", result.Version);
        Assert.Contains(
            damage == "index.json listing the current release only"
                ? "Added release(s) 1.0.0 to releases/index.json from their version folders (it did not list them)."
                : "Rebuilt releases/index.json from 2 version folder(s) (it was missing or empty).",
            progress.All);
        Assert.Equal(index, await _pipeline.Catalog.GetIndexAsync(), new IndexComparer());
        await ReleaseChecks.AssertConsistentAsync(_store);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_damaged_manifest_is_named_with_the_copy_that_restores_it(bool inPlace)
    {
        var sha256 = (await _pipeline.Catalog.GetIndexAsync()).Releases[^1].ManifestSha256;
        var path = _folder.Combine("releases", "v1.1.0", "manifest.json");
        if (inPlace)
        {
            // Written into the file, so into latest/manifest.json too (a hard link to it).
            await File.WriteAllTextAsync(path, "{garbage");
        }
        else
        {
            // Written beside it and renamed over it (an editor's save): latest/manifest.json is still the release's.
            await File.WriteAllTextAsync(path + ".new", "{garbage");
            File.Move(path + ".new", path, overwrite: true);
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _pipeline.FreshPublisher().PublishAsync("after the damage"));

        Assert.StartsWith("releases/v1.1.0/manifest.json is not valid: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(
            inPlace
                ? $"It is the manifest of release 1.1.0: restore releases/v1.1.0/manifest.json from a backup or another copy of release 1.1.0 (the file must have sha256 {sha256}, as index.json records"
                : $"It is the manifest of release 1.1.0: releases/latest/manifest.json is an exact copy of it (sha256 {sha256}, as index.json records): delete releases/v1.1.0/manifest.json and publish",
            error.Message,
            StringComparison.Ordinal);
        Assert.EndsWith("Do not delete the folder: the data files in releases/v1.1.0/ are still release 1.1.0's.", error.Message, StringComparison.Ordinal);
        if (inPlace)
        {
            return;
        }

        // The step the message gives.
        File.Delete(path);
        var progress = new ProgressLines();
        var result = await _pipeline.FreshPublisher().PublishAsync("recovery", progress);
        Assert.False(result.Published, result.Message);
        Assert.Contains("Restoring releases/v1.1.0/manifest.json from latest/manifest.json (the same SHA-256 index.json records) …", progress.All);
        await ReleaseChecks.AssertConsistentAsync(_store);
    }

    [Fact]
    public async Task A_latest_json_naming_a_release_never_published_says_so_and_deleting_it_recovers()
    {
        await _store.WriteAsync(Containers.Releases, ReleaseCatalog.LatestName, new MemoryStream(ReleaseJson.Serialize(new LatestPointer("9.9.9"))));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _pipeline.FreshPublisher().PublishAsync("after the damage"));

        Assert.StartsWith(
            "releases/latest.json names release 9.9.9, which was never published: index.json does not list it and there is no folder releases/v9.9.9/",
            error.Message, StringComparison.Ordinal);
        Assert.EndsWith("a publish without it points it at the newest complete release, 1.1.0, again.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("backup", error.Message, StringComparison.Ordinal);

        // The step the message gives.
        await _store.DeleteAsync(Containers.Releases, ReleaseCatalog.LatestName);
        var result = await _pipeline.FreshPublisher().PublishAsync("recovery");
        Assert.False(result.Published, result.Message);
        Assert.Equal("1.1.0", result.Version);
        await ReleaseChecks.AssertConsistentAsync(_store);
    }

    [Fact]
    public async Task A_deleted_file_of_the_current_release_is_reported_with_the_intact_copy_in_latest()
    {
        var sha256 = (await _pipeline.Catalog.GetManifestAsync("1.1.0"))!.Files.Single(f => f.Name == "activities.csv").Sha256;
        var path = _folder.Combine("releases", "v1.1.0", "activities.csv");
        File.Delete(path);

        var progress = new ProgressLines();
        var result = await _pipeline.FreshPublisher().PublishAsync("after the damage", progress);

        Assert.False(result.Published, result.Message);
        Assert.Contains(
            "Warning: releases/v1.1.0/activities.csv is missing: a published file was deleted. Restore it from releases/latest/activities.csv, " +
            $"an exact copy (sha256 {sha256}, as in the release's SHA256SUMS): copy it to releases/v1.1.0/activities.csv; the sweep reports it until then.",
            progress.All);
        Assert.DoesNotContain(progress.All, line => line.StartsWith("Refreshing", StringComparison.Ordinal));

        // The step the warning gives.
        File.Copy(_folder.Combine("releases", "latest", "activities.csv"), path);
        var again = new ProgressLines();
        await _pipeline.FreshPublisher().PublishAsync("restored", again);
        Assert.DoesNotContain(again.All, line => line.StartsWith("Warning", StringComparison.Ordinal));
        await ReleaseChecks.AssertConsistentAsync(_store);
    }

    [Fact]
    public async Task Temporary_files_of_killed_writes_are_removed_by_the_next_publish_once_an_hour_old()
    {
        var scan = Directory.GetDirectories(_folder.Combine("scans", "PV20")).First();
        string[] left =
        [
            _folder.Combine("releases", "v1.1.0", ".regioscan-tmp-0123456789abcdef0123456789abcdef"),
            _folder.Combine("releases", ".regioscan-tmp-1123456789abcdef0123456789abcdef"),
            Path.Combine(scan, ".regioscan-tmp-2123456789abcdef0123456789abcdef"),
        ];
        var inProgress = _folder.Combine("releases", "v1.1.0", ".regioscan-tmp-3123456789abcdef0123456789abcdef");
        foreach (var path in left.Append(inProgress))
        {
            await File.WriteAllTextAsync(path, "part of a file");
        }

        foreach (var path in left)
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddDays(-3));
        }

        var progress = new ProgressLines();
        await _pipeline.FreshPublisher().PublishAsync("after the kills", progress);

        Assert.Contains("Removed 3 temporary file(s) left by interrupted writes (older than 1 hour).", progress.All);
        Assert.All(left, path => Assert.False(File.Exists(path), path));
        Assert.True(File.Exists(inProgress));
    }

    private async Task IngestAsync(int seed)
    {
        foreach (var province in new[] { "PV20", "PV27" })
        {
            var upload = Samples.Upload(seed, province);
            await _pipeline.UploadAsync(Samples.BlobName(upload, $"-{seed}"), upload.Content);
        }

        await _pipeline.Processor.ProcessAllAsync("recovery test");
    }

    private async Task<Dictionary<string, string?>> FilesAsync(string prefix)
    {
        var files = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (var blob in _store.ListAsync(Containers.Releases, prefix))
        {
            files[blob.Name] = blob.Sha256;
        }

        return files;
    }

    /// <summary>What the message advises in a local store: 'cp -a releases/latest/. releases/{folder}/'.</summary>
    private void CopyLatestInto(string folder)
    {
        var latest = Path.Combine(_folder.FullPath, Containers.Releases, "latest");
        foreach (var file in Directory.EnumerateFiles(latest, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_folder.FullPath, Containers.Releases, folder, Path.GetRelativePath(latest, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task DeleteFolderAsync(string prefix)
    {
        foreach (var name in (await FilesAsync(prefix)).Keys)
        {
            await _store.DeleteAsync(Containers.Releases, name);
        }
    }

    /// <summary>Index entries compared by value (the record holds a list).</summary>
    private sealed class IndexComparer : IEqualityComparer<ReleaseIndex>
    {
        public bool Equals(ReleaseIndex? x, ReleaseIndex? y) => x!.Releases.SequenceEqual(y!.Releases);

        public int GetHashCode(ReleaseIndex obj) => obj.Releases.Count;
    }
}
