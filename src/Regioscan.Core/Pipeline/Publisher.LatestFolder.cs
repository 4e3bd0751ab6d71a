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
        var differences = await LatestFolderDifferencesAsync(manifest, latestManifest, cancellationToken);
        if (differences.Count == 0)
        {
            return;
        }

        var what = string.Join("; ", differences.Take(3).Select(d => d.Problem)) + (differences.Count > 3 ? $"; {differences.Count - 3} more" : "");
        progress?.Report($"Refreshing latest/ to release {manifest.Version} ({what}) …");
        LogRecovery(_logger, $"refreshing latest/ to release {manifest.Version}: {what}");
        await WarnOfChangedReleaseFilesAsync(manifest, differences, progress, cancellationToken);
        await CopyToLatestFolderAsync(manifest, cancellationToken);
    }

    private async Task<List<(string Name, string Problem)>> LatestFolderDifferencesAsync(
        ReleaseManifest manifest, VersionedContent? latestManifest, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredBlob>(StringComparer.Ordinal);
        await foreach (var blob in _store.ListAsync(Containers.Releases, ReleaseCatalog.LatestFolder, cancellationToken))
        {
            found[blob.Name[ReleaseCatalog.LatestFolder.Length..]] = blob;
        }

        var differences = new List<(string Name, string Problem)>();
        foreach (var file in manifest.Files)
        {
            if (!found.Remove(file.Name, out var blob))
            {
                differences.Add((file.Name, $"{file.Name} is missing"));
            }
            else if (Difference(blob, file) is { } problem)
            {
                differences.Add((file.Name, problem));
            }
        }

        if (!found.Remove(ReleaseCatalog.ManifestName) || !await LatestManifestMatchesAsync(manifest, latestManifest, cancellationToken))
        {
            differences.Add((ReleaseCatalog.ManifestName, $"{ReleaseCatalog.ManifestName} is not the release's"));
        }

        differences.AddRange(found.Keys.Select(name => (name, $"{name} is not in the release")));
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
    /// A file of <c>latest/</c> that differs may be the release's own file changed in place: in a local store the two are
    /// one file (a hard link). Copying it again then repairs nothing, so the operator is told which file to restore.
    /// </summary>
    private async Task WarnOfChangedReleaseFilesAsync(
        ReleaseManifest manifest, List<(string Name, string Problem)> differences, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var folder = ReleaseCatalog.Folder(manifest.Version);
        var files = manifest.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var (name, _) in differences)
        {
            if (files.TryGetValue(name, out var file)
                && await _store.GetAsync(Containers.Releases, folder + name, cancellationToken) is { } blob
                && Difference(blob, file) is { } problem)
            {
                var warning = $"releases/{folder}{name} differs from its manifest too ({problem}): a published file was changed. " +
                    $"Restore it from a backup or another copy of release {manifest.Version} (sha256 {file.Sha256}, as in its SHA256SUMS); " +
                    "the sweep reports it until then.";
                progress?.Report("Warning: " + warning);
                LogRecovery(_logger, warning);
            }
        }
    }
}
