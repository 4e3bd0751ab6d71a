using Regioscan.Core.Releases.Metadata;
using Regioscan.Core.Storage;

namespace Regioscan.Core.Pipeline;

/// <summary>
/// Checks every published file against its manifest: present, and the same SHA-256, recomputed from the bytes (not taken
/// from metadata). The sweep runs it; so can operators. A file verified before is not read again while its blob is
/// unchanged: <c>system/verified-files.json</c> records the ETag, size and SHA-256 each file was verified at, and any
/// write to a blob gives it a new ETag. So a sweep reads what was published or replaced since the last one, not every
/// release (a release of a million activities is 1 GB). Delete the record to have every file read again.
/// </summary>
public sealed class ReleaseVerifier
{
    /// <summary>The record of verified files, in the <c>system</c> container.</summary>
    public const string RecordName = "verified-files.json";

    private readonly IBlobStore _store;
    private readonly ReleaseCatalog _catalog;

    /// <summary>Creates the verifier.</summary>
    public ReleaseVerifier(IBlobStore store, ReleaseCatalog catalog)
    {
        _store = store;
        _catalog = catalog;
    }

    /// <summary>Verifies every release in the index and the <c>latest/</c> copy; returns one line per problem (empty when all is well).</summary>
    public async Task<IReadOnlyList<string>> VerifyAllAsync(CancellationToken cancellationToken = default) =>
        (await VerifyAsync(cancellationToken)).Problems;

    /// <summary>As <see cref="VerifyAllAsync"/>, with how many files were checked and how many of them read and hashed.</summary>
    public async Task<ReleaseVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var record = await _store.ReadJsonAsync<VerifiedFiles>(Containers.System, RecordName, cancellationToken);
        var run = new Run(record is { } found
            ? new SortedDictionary<string, VerifiedFile>(found.Value.Files, StringComparer.Ordinal)
            : new SortedDictionary<string, VerifiedFile>(StringComparer.Ordinal));
        var index = await _catalog.GetIndexAsync(cancellationToken);
        foreach (var entry in index.Releases)
        {
            var manifest = await _catalog.GetManifestAsync(entry.Version, cancellationToken);
            if (manifest is null)
            {
                run.Problems.Add($"releases/{ReleaseCatalog.Folder(entry.Version)}manifest.json is missing.");
                continue;
            }

            await VerifyFilesAsync(ReleaseCatalog.Folder(entry.Version), manifest.Files, run, cancellationToken);
            if (entry == index.Releases[^1])
            {
                await VerifyFilesAsync(ReleaseCatalog.LatestFolder, manifest.Files, run, cancellationToken);
            }
        }

        // Only what this run found verified is kept: files no longer published, or found wrong, drop out.
        if (!run.Verified.SequenceEqual(run.Known))
        {
            using var content = new MemoryStream(ReleaseJson.Serialize(new VerifiedFiles(run.Verified)));
            await _store.WriteAsync(Containers.System, RecordName, content, cancellationToken);
        }

        return new ReleaseVerification(run.Problems, run.Checked, run.Hashed);
    }

    private async Task VerifyFilesAsync(string folder, IEnumerable<ReleaseFileEntry> files, Run run, CancellationToken cancellationToken)
    {
        var listed = new Dictionary<string, StoredBlob>(StringComparer.Ordinal);
        await foreach (var blob in _store.ListAsync(Containers.Releases, folder, cancellationToken))
        {
            listed[blob.Name] = blob;
        }

        foreach (var file in files)
        {
            var name = folder + file.Name;
            run.Checked++;
            if (!listed.TryGetValue(name, out var blob))
            {
                run.Problems.Add($"releases/{name} is missing.");
                continue;
            }

            if (run.Known.TryGetValue(name, out var seen) && seen.ETag == blob.ETag && seen.Bytes == blob.Length && seen.Sha256 == file.Sha256)
            {
                run.Verified[name] = seen;
                continue;
            }

            run.Hashed++;
            string sha256;
            await using (var content = await _store.OpenReadAsync(Containers.Releases, name, cancellationToken))
            {
                if (content is null)
                {
                    run.Problems.Add($"releases/{name} is missing.");
                    continue;
                }

                sha256 = await BlobStoreExtensions.Sha256Async(content, cancellationToken);
            }

            if (sha256 != file.Sha256)
            {
                run.Problems.Add($"releases/{name} has SHA-256 {sha256}, the manifest says {file.Sha256}.");
                continue;
            }

            // Recorded only when the blob is still the one listed: one written in between is read again next time.
            if ((await _store.GetAsync(Containers.Releases, name, cancellationToken))?.ETag == blob.ETag)
            {
                run.Verified[name] = new VerifiedFile(blob.ETag, blob.Length, sha256);
            }
        }
    }

    private sealed class Run(SortedDictionary<string, VerifiedFile> known)
    {
        public SortedDictionary<string, VerifiedFile> Known { get; } = known;

        public SortedDictionary<string, VerifiedFile> Verified { get; } = new(StringComparer.Ordinal);

        public List<string> Problems { get; } = [];

        public int Checked { get; set; }

        public int Hashed { get; set; }
    }
}

/// <summary>What a verification found: its problems (one line each), the files it checked and how many it read and hashed.</summary>
public sealed record ReleaseVerification(IReadOnlyList<string> Problems, int Checked, int Hashed);

/// <summary><c>system/verified-files.json</c>: per published file (its name in <c>releases</c>), what it was verified at.</summary>
public sealed record VerifiedFiles(SortedDictionary<string, VerifiedFile> Files);

/// <summary>A published file as it was verified: its blob's ETag and size, and the SHA-256 its bytes had.</summary>
public sealed record VerifiedFile(string ETag, long Bytes, string Sha256);
