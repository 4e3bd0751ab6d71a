using System.Runtime.CompilerServices;

namespace Regioscan.Core.Storage;

/// <summary>
/// Containers of blobs: the one storage abstraction of the pipeline, implemented by the local folder
/// store and by Azure Blob Storage. Names use forward slashes. Missing blobs are <c>null</c> results,
/// never exceptions; lost races are <see cref="StorageConflictException"/>.
/// </summary>
public interface IBlobStore
{
    /// <summary>A human-readable description of where the store is (no secrets).</summary>
    string Description { get; }

    /// <summary>
    /// How many files a caller should write (or copy) at a time when it has several: 1 (the default) where writes share one
    /// disk and one write lock (a folder), more where each goes over a connection of its own (Blob Storage).
    /// </summary>
    int WriteConcurrency => 1;

    /// <summary>Creates the containers of the layout where they are missing.</summary>
    Task EnsureContainersAsync(CancellationToken cancellationToken = default);

    /// <summary>Properties of a blob, or null when it does not exist.</summary>
    Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Opens a blob for reading, or returns null when it does not exist.</summary>
    Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Reads a small blob whole with its ETag, or returns null when it does not exist.</summary>
    Task<VersionedContent?> ReadAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Lists the blobs whose names start with <paramref name="prefix"/>, ordered by name (ordinal).</summary>
    IAsyncEnumerable<StoredBlob> ListAsync(string container, string prefix = "", CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists the names, sizes and times of the blobs whose names start with <paramref name="prefix"/>, ordered by name
    /// (ordinal): <see cref="ListAsync"/> without the ETags and hashes, which a store may have to read every blob for (a
    /// local folder's ETag is the hash of the file's content). For a caller that reads what it needs of each blob later.
    /// </summary>
    async IAsyncEnumerable<BlobEntry> ListEntriesAsync(
        string container, string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var blob in ListAsync(container, prefix, cancellationToken))
        {
            yield return new BlobEntry(blob.Container, blob.Name, blob.Length, blob.LastModified);
        }
    }

    /// <summary>
    /// Create-only write: stores <paramref name="content"/> with its SHA-256 recorded, unless the blob exists.
    /// An existing blob with the same SHA-256 counts as success (<see cref="CreateOutcome.AlreadyExists"/>);
    /// with other content it throws <see cref="StorageConflictException"/>.
    /// </summary>
    Task<CreateOutcome> CreateAsync(string container, string name, Stream content, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="CreateAsync"/> for a finished scratch file (from <see cref="IScratchSpace"/>, read from its start) whose
    /// SHA-256 the caller computed as it wrote it: the store records that hash rather than reading the file to hash it
    /// again, and may keep the file itself rather than copy its bytes (a local folder on the same file system links it
    /// into place). The caller must therefore not write to <paramref name="content"/> again; disposing it is fine.
    /// </summary>
    Task<CreateOutcome> CreateFromScratchAsync(string container, string name, Stream content, string sha256, CancellationToken cancellationToken = default);

    /// <summary>
    /// Conditional replace of a small pointer blob: succeeds only if the blob's ETag is still
    /// <paramref name="ifMatch"/> (or, with null, if the blob does not exist). Returns the new ETag;
    /// throws <see cref="StorageConflictException"/> when the condition fails.
    /// </summary>
    Task<string> WriteIfMatchAsync(string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, CancellationToken cancellationToken = default);

    /// <summary>Unconditional atomic replace (readers see the old or the new content, never a mix).</summary>
    Task WriteAsync(string container, string name, Stream content, CancellationToken cancellationToken = default);

    /// <summary>
    /// Unconditional atomic replace of <paramref name="targetName"/> with the content of <paramref name="sourceName"/>
    /// in the same container, made by the store itself: the bytes do not pass through this process, and the
    /// target records the source's SHA-256. Returns false, and changes nothing, when the source does not exist.
    /// </summary>
    Task<bool> CopyAsync(string container, string sourceName, string targetName, CancellationToken cancellationToken = default);

    /// <summary>Deletes a blob if it exists.</summary>
    Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes what writes interrupted by a killed process left behind where the store's listing does not show it (a local
    /// folder's temporary files), when it was last written more than <paramref name="minimumAge"/> ago; returns how many
    /// were removed. A store whose writes leave nothing behind (Blob Storage: an unfinished upload is never a blob)
    /// removes nothing. Call it where no copy of the store runs (under the publish lock): a local copy is made under a
    /// temporary name that carries its source's age.
    /// </summary>
    Task<int> RemoveLeftoversAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <summary>
    /// Takes the named lock (e.g. <c>publish</c>), waiting up to <paramref name="wait"/> for another holder
    /// to release it; throws <see cref="TimeoutException"/> when it stays taken.
    /// </summary>
    Task<IDistributedLock> AcquireLockAsync(string lockName, TimeSpan wait, CancellationToken cancellationToken = default);
}
