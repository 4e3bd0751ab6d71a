using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>Keeping <c>latest/</c> a copy of the current release.</summary>
public sealed partial class Publisher
{
    /// <summary>
    /// Refreshes <c>latest/</c> when it differs from the current release by what the store tells without reading the data
    /// files (a 1 GB release is not hashed on every publish): every file of the manifest is there, with the manifest's size
    /// and the SHA-256 the store has for it, no other file is, and <c>manifest.json</c> is the release's, byte for byte.
    /// The local store's SHA-256 is its hash record, which holds while the file keeps its size and modification time (a
    /// file changed otherwise is hashed again); Blob Storage's is the metadata its writes and copies carry, which an upload
    /// by another tool drops. So a file replaced or edited in place is found, except an edit that keeps the size and time
    /// in a folder, or one by a tool that keeps the metadata in Azure: the sweep's checksum check finds those.
    /// </summary>
    /// <param name="manifest">The current release's manifest.</param>
    /// <param name="latestManifest"><c>latest/manifest.json</c> as recovery read it (null when missing): not read again.</param>
    /// <param name="progress">Receives a line when <c>latest/</c> is refreshed.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    private async Task RefreshLatestFolderAsync(
        ReleaseManifest manifest, VersionedContent? latestManifest, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var latest = await ListFolderAsync(ReleaseCatalog.LatestFolder, cancellationToken);
        var differences = await LatestFolderDifferencesAsync(manifest, latest, latestManifest, cancellationToken);
        if (differences.Count > 0)
        {
            var what = string.Join("; ", differences.Take(3).Select(d => d.Problem)) + (differences.Count > 3 ? $"; {differences.Count - 3} more" : "");
            progress?.Report($"Refreshing latest/ to release {manifest.Version} ({what}) …");
            LogRecovery(_logger, $"refreshing latest/ to release {manifest.Version}: {what}");
        }

        await WarnOfDamagedReleaseFilesAsync(manifest, latest, differences.Count > 0, progress, cancellationToken);
        if (differences.Count > 0)
        {
            await CopyToLatestFolderAsync(manifest, cancellationToken);
        }
    }

    /// <summary>The blobs of a folder of <c>releases/</c>, by their names within it.</summary>
    private async Task<Dictionary<string, StoredBlob>> ListFolderAsync(string folder, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredBlob>(StringComparer.Ordinal);
        await foreach (var blob in _store.ListAsync(Containers.Releases, folder, cancellationToken))
        {
            found[blob.Name[folder.Length..]] = blob;
        }

        return found;
    }

    private async Task<List<(string Name, string Problem)>> LatestFolderDifferencesAsync(
        ReleaseManifest manifest, Dictionary<string, StoredBlob> latest, VersionedContent? latestManifest, CancellationToken cancellationToken)
    {
        var others = new HashSet<string>(latest.Keys, StringComparer.Ordinal);
        var differences = new List<(string Name, string Problem)>();
        foreach (var file in manifest.Files)
        {
            if (!others.Remove(file.Name))
            {
                differences.Add((file.Name, $"{file.Name} is missing"));
            }
            else if (Difference(latest[file.Name], file) is { } problem)
            {
                differences.Add((file.Name, problem));
            }
        }

        if (!others.Remove(ReleaseCatalog.ManifestName) || !await LatestManifestMatchesAsync(manifest, latestManifest, cancellationToken))
        {
            differences.Add((ReleaseCatalog.ManifestName, $"{ReleaseCatalog.ManifestName} is not the release's"));
        }

        differences.AddRange(others.Order(StringComparer.Ordinal).Select(name => (name, $"{name} is not in the release")));
        return differences;
    }

    /// <summary>How a stored blob differs from its manifest entry, judged from its properties; null when it does not.</summary>
    private static string? Difference(StoredBlob blob, ReleaseFileEntry file) =>
        blob.Length != file.Bytes ? $"{file.Name} has {blob.Length:N0} bytes, not {file.Bytes:N0}"
        : blob.Sha256 is null ? $"{file.Name} has no recorded SHA-256"
        : blob.Sha256 != file.Sha256 ? $"{file.Name} has SHA-256 {blob.Sha256}, not {file.Sha256}"
        : null;

    private async Task<bool> LatestManifestMatchesAsync(ReleaseManifest manifest, VersionedContent? copy, CancellationToken cancellationToken)
    {
        var original = await _store.ReadAsync(Containers.Releases, ReleaseCatalog.Folder(manifest.Version) + ReleaseCatalog.ManifestName, cancellationToken);
        return copy is not null && original is not null && copy.Content.Span.SequenceEqual(original.Content.Span);
    }

    /// <summary>
    /// The current release's own files, checked as <c>latest/</c> is (from what the store knows): a file deleted or changed
    /// there is not repaired by refreshing <c>latest/</c>, whose copy may even be the same file (a local store links them),
    /// so the operator is told which file to restore, and from where: <c>latest/</c>'s copy when it is intact.
    /// </summary>
    /// <param name="manifest">The current release's manifest.</param>
    /// <param name="latest">The files of <c>latest/</c> as listed before it is refreshed.</param>
    /// <param name="latestDiffers">Whether <c>latest/</c> differs from the release too.</param>
    /// <param name="progress">Receives a warning per file.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    private async Task WarnOfDamagedReleaseFilesAsync(
        ReleaseManifest manifest, Dictionary<string, StoredBlob> latest, bool latestDiffers, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var folder = ReleaseCatalog.Folder(manifest.Version);
        var stored = await ListFolderAsync(folder, cancellationToken);
        foreach (var file in manifest.Files)
        {
            var problem = stored.TryGetValue(file.Name, out var blob) ? Difference(blob, file) : null;
            if (blob is not null && problem is null)
            {
                continue;
            }

            var what = blob is null
                ? $"releases/{folder}{file.Name} is missing: a published file was deleted"
                : $"releases/{folder}{file.Name} differs from its manifest{(latestDiffers ? " too" : "")} ({problem}): a published file was changed";
            var from = latest.TryGetValue(file.Name, out var copy) && Difference(copy, file) is null
                ? $"releases/latest/{file.Name}, an exact copy (sha256 {file.Sha256}, as in the release's SHA256SUMS): copy it to releases/{folder}{file.Name}"
                : $"a backup or another copy of release {manifest.Version} (sha256 {file.Sha256}, as in its SHA256SUMS)";
            var warning = $"{what}. Restore it from {from}; the sweep reports it until then.";
            progress?.Report("Warning: " + warning);
            LogRecovery(_logger, warning);
        }
    }
}
