using Regioscan.Core.Harmonisation;
using Regioscan.Core.Model;
using Regioscan.Core.Releases;
using Regioscan.Core.Releases.Changes;
using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>Reads what has been published: the index, the latest pointer, manifests, and the tables behind them.</summary>
public sealed class ReleaseCatalog
{
    /// <summary>Name of the index of all releases.</summary>
    public const string IndexName = "index.json";

    /// <summary>Name of the latest-release pointer.</summary>
    public const string LatestName = "latest.json";

    /// <summary>Folder holding a copy of the newest release.</summary>
    public const string LatestFolder = "latest/";

    /// <summary>Name of the manifest in a release folder.</summary>
    public const string ManifestName = "manifest.json";

    private readonly IBlobStore _store;

    /// <summary>Creates a catalogue over <paramref name="store"/>.</summary>
    public ReleaseCatalog(IBlobStore store) => _store = store;

    /// <summary>The latest pointer and its ETag, or null before the first release.</summary>
    public Task<(LatestPointer Value, string ETag)?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        _store.ReadJsonAsync<LatestPointer>(Containers.Releases, LatestName, cancellationToken);

    /// <summary>The index of releases (empty before the first).</summary>
    public async Task<ReleaseIndex> GetIndexAsync(CancellationToken cancellationToken = default) =>
        (await _store.ReadJsonAsync<ReleaseIndex>(Containers.Releases, IndexName, cancellationToken))?.Value ?? new ReleaseIndex([]);

    /// <summary>The manifest of a complete release, or null when the release does not exist (or is incomplete).</summary>
    public async Task<ReleaseManifest?> GetManifestAsync(string version, CancellationToken cancellationToken = default) =>
        (await _store.ReadJsonAsync<ReleaseManifest>(Containers.Releases, Folder(version) + ManifestName, cancellationToken))?.Value;

    /// <summary>The folder of a release, <c>v1.2.3/</c>.</summary>
    public static string Folder(string version) => ReleaseVersion.Parse(version).FolderName + "/";

    /// <summary>The harmonised scan of an accepted upload.</summary>
    /// <exception cref="InvalidDataException">The scan is missing: the store was changed by hand.</exception>
    public async Task<ProvinceScan> LoadScanAsync(string provinceCode, string uploadId, CancellationToken cancellationToken = default)
    {
        var name = PipelinePaths.UploadFolder(provinceCode, uploadId) + PipelinePaths.Scan;
        await using var stream = await _store.OpenReadAsync(Containers.Scans, name, cancellationToken)
            ?? throw new InvalidDataException($"scans/{name} is missing; the accepted upload {uploadId} of {provinceCode} cannot be read. Re-ingest the province's file.");
        return ProvinceScanJson.Read(stream);
    }

    /// <summary>The national tables of a set of inputs (province → upload).</summary>
    public async Task<ReleaseTables> LoadTablesAsync(IReadOnlyDictionary<string, ReleaseInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var scans = new List<ProvinceScan>(inputs.Count);
        foreach (var (province, input) in inputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            scans.Add(await LoadScanAsync(province, input.UploadId, cancellationToken));
        }

        return NationalMerge.Merge(scans);
    }

    /// <summary>The change log between two published releases.</summary>
    /// <exception cref="KeyNotFoundException">A version is not published.</exception>
    public async Task<ChangeSet> DiffAsync(string fromVersion, string toVersion, CancellationToken cancellationToken = default)
    {
        var from = await GetManifestAsync(fromVersion, cancellationToken)
            ?? throw new KeyNotFoundException($"Release {fromVersion} does not exist. Run 'regioscan releases' to list the releases.");
        var to = await GetManifestAsync(toVersion, cancellationToken)
            ?? throw new KeyNotFoundException($"Release {toVersion} does not exist. Run 'regioscan releases' to list the releases.");
        return ReleaseDiff.Compare(
            await LoadTablesAsync(from.Inputs, cancellationToken),
            await LoadTablesAsync(to.Inputs, cancellationToken));
    }
}
