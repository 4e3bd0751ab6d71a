using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>A published release whose folder or manifest is gone: what readers say about it.</summary>
public sealed partial class ReleaseCatalog
{
    /// <summary>
    /// The error for a release without a manifest that was published (<c>index.json</c> lists it, or <c>latest.json</c>
    /// names it), or null when it never was. One listing of the release's folder tells a lost folder from a lost manifest.
    /// </summary>
    private async Task<InvalidDataException?> LostReleaseAsync(ReleaseVersion version, CancellationToken cancellationToken)
    {
        ReleaseIndexEntry? entry;
        bool current;
        try
        {
            entry = (await GetIndexAsync(cancellationToken)).Releases.FirstOrDefault(r => ReleaseVersion.Parse(r.Version) == version);
            current = ReleaseVersion.TryParse((await GetLatestAsync(cancellationToken))?.Value.Version, out var named) && named == version;
        }
        catch (InvalidDataException)
        {
            // A damaged index.json or latest.json is its own error, for the commands that need it; here it lists nothing.
            (entry, current) = (null, false);
        }

        if (entry is null && !current)
        {
            return null;
        }

        var folderExists = await _store.ListEntriesAsync(Containers.Releases, version.FolderName + "/", cancellationToken).AnyAsync(cancellationToken);
        var latestCopy = await ReadLatestManifestCopyAsync(cancellationToken);
        var why = entry is not null ? "releases/index.json lists it" : "releases/latest.json names it";
        return new InvalidDataException(LostReleaseMessage(version, why, folderExists, entry?.ManifestSha256, latestCopy));
    }

    /// <summary><c>releases/latest/manifest.json</c>, the manifest of the copy of the current release, or null.</summary>
    public Task<VersionedContent?> ReadLatestManifestCopyAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(Containers.Releases, LatestFolder + ManifestName, cancellationToken);

    /// <summary>
    /// Says that a published release lost its folder (or only its manifest) and how to restore it: from
    /// <c>latest/</c> when that is an exact copy of it (its <c>manifest.json</c> has the SHA-256 <c>index.json</c>
    /// records; a publish restores a lone manifest from there itself), otherwise from a backup.
    /// </summary>
    /// <param name="version">The release.</param>
    /// <param name="why">Why it is known to be published: <c>releases/index.json lists it</c>.</param>
    /// <param name="folderExists">Whether its version folder still holds any file.</param>
    /// <param name="recordedSha256">The SHA-256 of its manifest that <c>index.json</c> records, if any.</param>
    /// <param name="latestCopy"><c>releases/latest/manifest.json</c>, if there is one.</param>
    public static string LostReleaseMessage(
        ReleaseVersion version, string why, bool folderExists, string? recordedSha256, VersionedContent? latestCopy)
    {
        var folder = $"releases/{version.FolderName}/";
        var exact = recordedSha256 is not null && latestCopy is not null && BlobStoreExtensions.Sha256(latestCopy.Content.Span) == recordedSha256;
        var copy = $"releases/latest/manifest.json has the sha256 {recordedSha256} that index.json records for it";
        var restore = (folderExists, exact) switch
        {
            (true, true) => $"{copy}, so a publish ('regioscan publish --reason recovery') restores {folder}manifest.json from there",
            (false, true) => $"releases/latest/ is an exact copy of it ({copy}): copy all of releases/latest/, its map/ folder too, into "
                + $"{folder} (in a local store 'cp -a releases/latest/. {folder}') and check them there with 'sha256sum -c SHA256SUMS'",
            _ => $"restore {folder} from a backup or another copy of release {version} (its manifest.json "
                + (recordedSha256 is null ? $"with \"version\": \"{version}\"" : $"with sha256 {recordedSha256}, as index.json records,")
                + " and every file its manifest lists; check them with 'sha256sum -c SHA256SUMS')",
        };
        var lost = folderExists ? $"its manifest {folder}manifest.json is missing" : $"its folder {folder} is missing";
        return $"Release {version} was published ({why}), but {lost}: {restore}. Do not delete latest.json or index.json: the next "
            + "release would then reuse the version number.";
    }
}
