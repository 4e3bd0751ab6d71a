using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// Checks every published file against its manifest: present, same size, same SHA-256 (recomputed from
/// the bytes, not taken from metadata). The sweep runs it; so can operators.
/// </summary>
public sealed class ReleaseVerifier
{
    private readonly IBlobStore _store;
    private readonly ReleaseCatalog _catalog;

    /// <summary>Creates the verifier.</summary>
    public ReleaseVerifier(IBlobStore store, ReleaseCatalog catalog)
    {
        _store = store;
        _catalog = catalog;
    }

    /// <summary>Verifies every release in the index and the <c>latest/</c> copy; returns one line per problem (empty when all is well).</summary>
    public async Task<IReadOnlyList<string>> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var index = await _catalog.GetIndexAsync(cancellationToken);
        foreach (var entry in index.Releases)
        {
            var manifest = await _catalog.GetManifestAsync(entry.Version, cancellationToken);
            if (manifest is null)
            {
                problems.Add($"releases/{ReleaseCatalog.Folder(entry.Version)}manifest.json is missing.");
                continue;
            }

            await VerifyFilesAsync(ReleaseCatalog.Folder(entry.Version), manifest.Files, problems, cancellationToken);
            if (entry == index.Releases[^1])
            {
                await VerifyFilesAsync(ReleaseCatalog.LatestFolder, manifest.Files, problems, cancellationToken);
            }
        }

        return problems;
    }

    private async Task VerifyFilesAsync(string folder, IEnumerable<Releases.Metadata.ReleaseFileEntry> files, List<string> problems, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await using var content = await _store.OpenReadAsync(Containers.Releases, folder + file.Name, cancellationToken);
            if (content is null)
            {
                problems.Add($"releases/{folder}{file.Name} is missing.");
                continue;
            }

            var sha256 = await BlobStoreExtensions.Sha256Async(content, cancellationToken);
            if (sha256 != file.Sha256)
            {
                problems.Add($"releases/{folder}{file.Name} has SHA-256 {sha256}, the manifest says {file.Sha256}.");
            }
        }
    }
}
