using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>Roll-forward of interrupted publishes.</summary>
public sealed partial class Publisher
{
    /// <summary>
    /// Makes the store consistent before publishing: version folders without a manifest (a publish that
    /// died while writing) are removed — they were never visible; complete versions newer than
    /// <c>latest.json</c> (a publish that died after its manifest) become current; the index and
    /// <c>latest/</c> are brought in line. Returns the current release and the ETag of <c>latest.json</c>.
    /// </summary>
    private async Task<(ReleaseManifest? Current, string? LatestETag)> RecoverAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var latest = await _catalog.GetLatestAsync(cancellationToken);
        ReleaseVersion? current = latest is null ? null : ReleaseVersion.Parse(latest.Value.Value.Version);
        var etag = latest?.ETag;

        var folders = new SortedDictionary<ReleaseVersion, bool>();
        await foreach (var blob in _store.ListAsync(Containers.Releases, "v", cancellationToken))
        {
            var slash = blob.Name.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && ReleaseVersion.TryParse(blob.Name[..slash], out var version))
            {
                folders[version] = (folders.TryGetValue(version, out var complete) && complete)
                    || blob.Name[(slash + 1)..] == ReleaseCatalog.ManifestName;
            }
        }

        foreach (var (version, complete) in folders)
        {
            if (!complete && (current is null || version > current.Value))
            {
                progress?.Report($"Removing the incomplete folder of release {version} left by an interrupted publish …");
                LogRecovery(_logger, $"removing incomplete release folder {version.FolderName}");
                await DeleteFolderAsync(version.FolderName + "/", cancellationToken);
            }
        }

        ReleaseManifest? manifest = null;
        foreach (var (version, complete) in folders)
        {
            if (!complete || (current is not null && version <= current.Value))
            {
                continue;
            }

            progress?.Report($"Completing release {version}, written by an interrupted publish …");
            LogRecovery(_logger, $"rolling forward to complete release {version}");
            manifest = await _catalog.GetManifestAsync(version.ToString(), cancellationToken)
                ?? throw new InvalidDataException($"releases/{version.FolderName}/manifest.json disappeared during recovery.");
            etag = await MoveLatestPointerAsync(manifest.Version, etag, cancellationToken);
            current = version;
            await AddToIndexAsync(manifest, cancellationToken);
        }

        if (current is null)
        {
            return (null, etag);
        }

        manifest ??= await _catalog.GetManifestAsync(current.Value.ToString(), cancellationToken)
            ?? throw new InvalidDataException(
                $"latest.json points at release {current} but releases/{current.Value.FolderName}/manifest.json is missing. Restore the folder or remove latest.json so the next publish starts over.");
        await AddToIndexAsync(manifest, cancellationToken);
        if (!await LatestFolderMatchesAsync(manifest, cancellationToken))
        {
            progress?.Report($"Refreshing latest/ to release {manifest.Version} …");
            LogRecovery(_logger, $"refreshing latest/ to release {manifest.Version}");
            await CopyToLatestFolderAsync(manifest, cancellationToken);
        }

        return (manifest, etag);
    }

    private async Task<bool> LatestFolderMatchesAsync(ReleaseManifest manifest, CancellationToken cancellationToken)
    {
        var copy = await _store.GetAsync(Containers.Releases, ReleaseCatalog.LatestFolder + ReleaseCatalog.ManifestName, cancellationToken);
        var original = await _store.GetAsync(Containers.Releases, ReleaseCatalog.Folder(manifest.Version) + ReleaseCatalog.ManifestName, cancellationToken);
        if (copy is null || original is null)
        {
            return false;
        }

        // latest/ is written with the manifest last, so a matching manifest means every file before it was copied.
        var a = await _store.ReadAsync(Containers.Releases, copy.Name, cancellationToken);
        var b = await _store.ReadAsync(Containers.Releases, original.Name, cancellationToken);
        return a is not null && b is not null && a.Content.Span.SequenceEqual(b.Content.Span);
    }

    private async Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var blob in _store.ListAsync(Containers.Releases, prefix, cancellationToken))
        {
            names.Add(blob.Name);
        }

        foreach (var name in names)
        {
            await _store.DeleteAsync(Containers.Releases, name, cancellationToken);
        }
    }
}
