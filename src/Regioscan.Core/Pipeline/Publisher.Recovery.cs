using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>Roll-forward of interrupted publishes.</summary>
public sealed partial class Publisher
{
    /// <summary>
    /// Temporary files of a store older than this are left by a killed process: a write in progress renames its own within
    /// moments (a scratch file linked into place is as old as the work that wrote it, which takes minutes at most).
    /// </summary>
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromHours(1);

    /// <summary>
    /// Makes the store consistent before publishing. A version folder without a manifest is either what a publish that
    /// died while writing left (newer than every release known to be published: it was never visible, and is removed),
    /// or a published release that lost its manifest: that one is never removed, its manifest is restored from an exact
    /// copy (<c>latest/manifest.json</c> with the SHA-256 <c>index.json</c> records) or publishing stops and says how to
    /// restore it. Complete versions that <c>index.json</c> lost (it was deleted) get their entries back from their
    /// manifests; complete versions newer than <c>latest.json</c> (a publish that died after its manifest) become
    /// current; the index and <c>latest/</c> are brought in line. Returns the current release, the ETag of
    /// <c>latest.json</c> and every version that exists (which the next release must not reuse).
    /// </summary>
    private async Task<Recovered> RecoverAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await RemoveLeftoversAsync(progress, cancellationToken);
        var latest = await _catalog.GetLatestAsync(cancellationToken);
        ReleaseVersion? current = latest is null ? null : ReleaseVersion.Parse(latest.Value.Value.Version);
        var etag = latest?.ETag;
        var index = await _catalog.GetIndexAsync(cancellationToken);
        var published = index.Releases.ToDictionary(r => ReleaseVersion.Parse(r.Version), r => r.ManifestSha256);
        var latestCopy = await _store.ReadAsync(Containers.Releases, ReleaseCatalog.LatestFolder + ReleaseCatalog.ManifestName, cancellationToken);
        var folders = await _catalog.ListVersionFoldersAsync(cancellationToken);

        foreach (var version in folders.Where(f => !f.Value).Select(f => f.Key).ToList())
        {
            if (WhyPublished(version, current, published, latestCopy, folders) is { } why)
            {
                await RestoreManifestAsync(version, why, published.GetValueOrDefault(version), latestCopy, progress, cancellationToken);
                folders[version] = true;
            }
            else
            {
                progress?.Report($"Removing the incomplete folder of release {version} left by an interrupted publish …");
                LogRecovery(_logger, $"removing incomplete release folder {version.FolderName}");
                await DeleteFolderAsync(version.FolderName + "/", cancellationToken);
                folders.Remove(version);
            }
        }

        await AddUnlistedReleasesAsync(folders, index, current, published, progress, cancellationToken);

        ReleaseManifest? manifest = null;
        var newer = folders.Keys.Where(v => current is null || v > current.Value).ToList();
        foreach (var version in newer)
        {
            manifest = await _catalog.GetManifestAsync(version.ToString(), cancellationToken)
                ?? throw new InvalidDataException($"releases/{version.FolderName}/manifest.json disappeared during recovery.");
            if (!published.ContainsKey(version))
            {
                progress?.Report($"Completing release {version}, written by an interrupted publish …");
                LogRecovery(_logger, $"rolling forward to complete release {version}");
            }

            // Only the newest becomes current; older ones (latest.json was deleted) are published already.
            if (version == newer[^1])
            {
                if (published.ContainsKey(version))
                {
                    progress?.Report($"Pointing latest.json at release {version} again …");
                    LogRecovery(_logger, $"pointing latest.json at published release {version}");
                }

                etag = await MoveLatestPointerAsync(manifest.Version, etag, cancellationToken);
                current = version;
            }

            await AddToIndexAsync(manifest, cancellationToken);
        }

        // A listed release newer than every manifest has lost its whole folder (one that kept any file has its manifest
        // back by now, or stopped above): the next version would reuse its number. The message is the one diff and
        // releases give; latest/ may be its exact copy, when only latest.json was set back.
        var lost = published.Keys.Where(v => current is null || v > current.Value).Order().ToList();
        if (lost.Count > 0)
        {
            var why = current is null
                ? "releases/index.json lists it"
                : $"releases/index.json lists it, newer than the current release {current}";
            throw new InvalidDataException(
                "Publishing stops here: " + ReleaseCatalog.LostReleaseMessage(lost[0], why, folders.ContainsKey(lost[0]), published[lost[0]], latestCopy));
        }

        if (current is { } named && !published.ContainsKey(named) && !folders.ContainsKey(named))
        {
            throw new InvalidDataException(NeverPublishedMessage(named, folders));
        }

        var taken = new HashSet<ReleaseVersion>(folders.Keys.Concat(published.Keys));

        if (current is null)
        {
            return new Recovered(null, etag, taken);
        }

        // The current release's folder gone: latest/ is often an exact copy of it, which the message says (as diff and releases do).
        manifest ??= await _catalog.GetManifestAsync(current.Value.ToString(), cancellationToken)
            ?? throw new InvalidDataException(
                "Publishing stops here: " + ReleaseCatalog.LostReleaseMessage(
                    current.Value, $"latest.json points at it", folders.ContainsKey(current.Value),
                    published.GetValueOrDefault(current.Value), latestCopy));
        await AddToIndexAsync(manifest, cancellationToken);
        // Recovery wrote nothing under latest/, so latest/manifest.json is still the copy read above.
        await RefreshLatestFolderAsync(manifest, latestCopy, progress, cancellationToken);
        return new Recovered(manifest, etag, taken);
    }

    /// <summary>
    /// Why a version folder without a manifest is a published release, or null when it can only be what an interrupted
    /// publish left: a publish writes one version at a time, newer than every release before it, and recovers before it
    /// writes, so its unfinished folder is newer than anything published.
    /// </summary>
    private static string? WhyPublished(
        ReleaseVersion version, ReleaseVersion? current, Dictionary<ReleaseVersion, string> published, VersionedContent? latestCopy,
        SortedDictionary<ReleaseVersion, bool> folders)
    {
        if (published.ContainsKey(version))
        {
            return "index.json lists it";
        }

        if (current is not null && version <= current.Value)
        {
            return $"latest.json names release {current}";
        }

        if (latestCopy is not null && ManifestVersion(latestCopy) == version.ToString())
        {
            return "latest/manifest.json is its manifest";
        }

        return folders.Any(f => f.Value && f.Key > version) ? "a newer release follows it" : null;
    }

    private static string? ManifestVersion(VersionedContent content)
    {
        try
        {
            return ReleaseJson.Deserialize<ReleaseManifest>(content.Content.Span, "releases/latest/manifest.json").Version;
        }
        catch (InvalidDataException)
        {
            // Not a manifest: it names no release.
            return null;
        }
    }

    /// <summary>
    /// Puts back the manifest of a published release from <c>latest/manifest.json</c> when that has exactly the SHA-256
    /// <c>index.json</c> records for it (create-only: an exact restore, never a rewrite); otherwise stops publishing.
    /// </summary>
    private async Task RestoreManifestAsync(
        ReleaseVersion version, string why, string? expectedSha256, VersionedContent? latestCopy, IProgress<string>? progress,
        CancellationToken cancellationToken)
    {
        var name = version.FolderName + "/" + ReleaseCatalog.ManifestName;
        var copySha256 = latestCopy is null ? null : BlobStoreExtensions.Sha256(latestCopy.Content.Span);
        if (expectedSha256 is null || copySha256 != expectedSha256)
        {
            throw new InvalidDataException(ManifestMissingMessage(version, why, expectedSha256, copySha256));
        }

        progress?.Report($"Restoring releases/{name} from latest/manifest.json (the same SHA-256 index.json records) …");
        LogRecovery(_logger, $"restoring {name} from latest/manifest.json, sha256 {expectedSha256}");
        await _store.CreateAsync(Containers.Releases, name, latestCopy!.Content, cancellationToken);
    }

    private static string ManifestMissingMessage(ReleaseVersion version, string why, string? expectedSha256, string? copySha256)
    {
        var file = $"releases/{version.FolderName}/manifest.json";
        var copy = copySha256 is null
            ? "releases/latest/manifest.json is missing, so it cannot be restored from there"
            : $"releases/latest/manifest.json is not that file (sha256 {copySha256})";
        var restore = ReleaseCatalog.ManifestCheck(version.ToString(), expectedSha256);
        return $"{file} is missing, but release {version} was published ({why}); {copy}. A published release is never removed or " +
            $"published again, so publishing stops here. Restore {file} from a backup or another copy of release {version} " +
            $"({restore}), then publish again. Do not delete the folder, latest.json or index.json: the data files in " +
            $"releases/{version.FolderName}/ are still release {version}'s.";
    }

    /// <summary>
    /// A <c>latest.json</c> that names a version with neither an index entry nor a folder is itself wrong (edited, or
    /// restored from another store): no backup of that release can exist, and recovery without it finds the real one.
    /// </summary>
    private static string NeverPublishedMessage(ReleaseVersion named, SortedDictionary<ReleaseVersion, bool> folders)
    {
        var newest = folders.Where(f => f.Value).Select(f => f.Key.ToString()).LastOrDefault();
        return $"releases/latest.json names release {named}, which was never published: index.json does not list it and there is no folder " +
            $"releases/{named.FolderName}/, so latest.json itself is wrong. Delete releases/latest.json and publish again ('regioscan publish " +
            "--reason recovery'): " + (newest is null
                ? "with no release folder, that publish makes the first release."
                : $"a publish without it points it at the newest complete release, {newest}, again.");
    }

    /// <summary>
    /// Gives back to <c>index.json</c> the complete releases it lost (<see cref="ReleaseCatalog.UnlistedReleasesAsync"/>): a
    /// deleted index would otherwise be started again with the current release only, and every older release would drop
    /// out of it for good. Adds them to <paramref name="published"/>.
    /// </summary>
    private async Task AddUnlistedReleasesAsync(
        SortedDictionary<ReleaseVersion, bool> folders, ReleaseIndex index, ReleaseVersion? current, Dictionary<ReleaseVersion, string> published,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var unlisted = await _catalog.UnlistedReleasesAsync(folders, index, current, cancellationToken);
        if (unlisted.Count == 0)
        {
            return;
        }

        await AddToIndexAsync(unlisted, cancellationToken);
        foreach (var entry in unlisted)
        {
            published[ReleaseVersion.Parse(entry.Version)] = entry.ManifestSha256;
        }

        var what = index.Releases.Count == 0
            ? $"Rebuilt releases/index.json from {unlisted.Count} version folder(s) (it was missing or empty)"
            : $"Added release(s) {string.Join(", ", unlisted.Select(e => e.Version))} to releases/index.json from their version folders (it did not list them)";
        progress?.Report(what + ".");
        LogRecovery(_logger, what);
    }

    /// <summary>
    /// Temporary files of writes that a killed process left (a local store's staging names, which its listing hides, so
    /// nothing else ever sees them). Under the publish lock: a local store's copy is a link under such a name for a
    /// moment, carrying its source's age, and only a publish copies.
    /// </summary>
    private async Task RemoveLeftoversAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var removed = await _store.RemoveLeftoversAsync(LeftoverAge, cancellationToken);
        if (removed > 0)
        {
            var what = $"Removed {removed} temporary file(s) left by interrupted writes (older than {LeftoverAge.TotalHours:0} hour)";
            progress?.Report(what + ".");
            LogRecovery(_logger, what);
        }
    }

    private async Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var blob in _store.ListEntriesAsync(Containers.Releases, prefix, cancellationToken))
        {
            names.Add(blob.Name);
        }

        foreach (var name in names)
        {
            await _store.DeleteAsync(Containers.Releases, name, cancellationToken);
        }
    }

    /// <summary>What recovery found: the current release, the ETag of <c>latest.json</c>, and every version that exists.</summary>
    private sealed record Recovered(ReleaseManifest? Current, string? LatestETag, IReadOnlySet<ReleaseVersion> Taken);
}
