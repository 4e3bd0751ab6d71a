using System.Runtime.CompilerServices;
using System.Text;
using Regioscan.Core.Storage;

namespace Regioscan.Storage.Local;

/// <summary>
/// The embedded default store: a folder with one sub-folder per container, blob names mapped to paths
/// (<c>{root}/{container}/{name}</c>). Writes go to a temporary file in the target's folder and are
/// renamed into place, so readers see the old or the new file, never a mix. Conditional writes compare
/// and rename under a short store-wide lock file, which makes them safe across processes.
/// </summary>
/// <remarks>
/// The ETag of a local blob is its quoted SHA-256, so it changes exactly when the content does. Writers
/// record that hash in <c>{root}/.regioscan/hashes/</c> (checked against the file's length and time on
/// every read); files placed in the folder by other programs are hashed when first described, and their hash is
/// recorded the same way once they have not changed for two seconds.
/// </remarks>
public sealed class LocalBlobStore : IBlobStore
{
    private const string BookkeepingFolder = ".regioscan";
    private const string TempPrefix = BlobNames.ReservedSegmentPrefix + "-tmp-";
    private static readonly TimeSpan WriteLockWait = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ForeignHashSettle = TimeSpan.FromSeconds(2);
    private static readonly EnumerationOptions Recursive = new() { RecurseSubdirectories = true, AttributesToSkip = 0 };

    /// <summary>Creates a store on the folder <paramref name="root"/> (created on first write).</summary>
    /// <param name="root">The folder; relative paths are resolved against the current directory.</param>
    public LocalBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (FileLockingDisabled())
        {
            throw new NotSupportedException(
                "File locking is disabled (DOTNET_SYSTEM_IO_DISABLEFILELOCKING or System.IO.DisableFileLocking), " +
                "so the local store could not keep two processes from overwriting each other. Enable it, or use Azure storage.");
        }

        Root = Path.GetFullPath(root);
    }

    /// <summary>The store's folder, as a full path.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public string Description => $"local folder {Root}";

    /// <summary>
    /// Where scratch files for this store belong (<c>{root}/.regioscan/scratch</c>): on the store's own file system, so
    /// <see cref="CreateFromScratchAsync"/> can link them into place.
    /// </summary>
    public string ScratchFolder => Path.Combine(Root, BookkeepingFolder, "scratch");

    /// <inheritdoc />
    public Task EnsureContainersAsync(CancellationToken cancellationToken = default)
    {
        foreach (var container in Containers.All)
        {
            Directory.CreateDirectory(Path.Combine(Root, container));
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<StoredBlob?> GetAsync(string container, string name, CancellationToken cancellationToken = default) =>
        DescribeAsync(container, name, new FileInfo(BlobPath(container, name)), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// Read from the start, the file's pages behind the reader are given back to the kernel as it goes
    /// (<see cref="DropBehindStream"/>): the pipeline reads a store's files once.
    /// </remarks>
    public Task<Stream?> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(TryOpenRead(BlobPath(container, name)) is { } file ? new DropBehindStream(file) : null);

    /// <inheritdoc />
    public async Task<VersionedContent?> ReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        await using var stream = TryOpenRead(BlobPath(container, name));
        if (stream is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();

        // Hashing the bytes actually read makes the ETag belong to exactly this content.
        return new VersionedContent(content, ETagOf(ContentHash.Of(content)));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<StoredBlob> ListAsync(
        string container, string prefix = "", [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var (name, file) in ListFiles(container, prefix))
        {
            var blob = await DescribeAsync(container, name, file, cancellationToken);
            if (blob is not null)
            {
                yield return blob;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// No file is read: what the file system says of each is the answer, and a file removed meanwhile is left out. The
    /// folder is listed when the enumeration starts, as Blob Storage is asked then, not when this is called.
    /// </remarks>
    public IAsyncEnumerable<BlobEntry> ListEntriesAsync(string container, string prefix = "", CancellationToken cancellationToken = default) =>
        Entries(container, prefix).ToAsyncEnumerable();

    private IEnumerable<BlobEntry> Entries(string container, string prefix)
    {
        foreach (var (name, file) in ListFiles(container, prefix))
        {
            if (file.Exists)
            {
                yield return new BlobEntry(container, name, file.Length, new DateTimeOffset(file.LastWriteTimeUtc));
            }
        }
    }

    /// <summary>The files of a container whose blob names start with <paramref name="prefix"/>, ordered by name (ordinal).</summary>
    private List<(string Name, FileInfo File)> ListFiles(string container, string prefix)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidatePrefix(prefix);
        var containerFolder = Path.Combine(Root, container);
        var lastSlash = prefix.LastIndexOf('/');
        var startFolder = lastSlash < 0 ? containerFolder : Path.Combine(containerFolder, ToPath(prefix[..lastSlash]));

        var names = new List<string>();
        if (Directory.Exists(startFolder))
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(startFolder, "*", Recursive))
                {
                    var name = Path.GetRelativePath(containerFolder, file).Replace(Path.DirectorySeparatorChar, '/');
                    if (name.StartsWith(prefix, StringComparison.Ordinal) && !IsTemporary(file))
                    {
                        names.Add(name);
                    }
                }
            }
            catch (DirectoryNotFoundException)
            {
                // The folder was removed while we listed it: what was found so far is the answer.
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names.ConvertAll(name => (name, new FileInfo(Path.Combine(containerFolder, ToPath(name)))));
    }

    /// <inheritdoc />
    public async Task<CreateOutcome> CreateAsync(string container, string name, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = BlobPath(container, name);
        var staged = await StageCopyAsync(content, target, cancellationToken);
        return await CommitCreateAsync(container, name, staged, target, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A scratch file on the same file system is flushed to disk and hard-linked into place: its bytes are neither
    /// copied nor hashed again. That is safe for the same reason as <see cref="CopyAsync"/>'s links, given that the
    /// caller does not write to the file again. Elsewhere the file is copied as by <see cref="CreateAsync"/>, and
    /// the copy's hash must equal <paramref name="sha256"/>.
    /// </remarks>
    public async Task<CreateOutcome> CreateFromScratchAsync(string container, string name, Stream content, string sha256, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(sha256);
        var target = BlobPath(container, name);
        var staged = TryLinkScratch(content, target, sha256);
        if (staged is null)
        {
            content.Position = 0;
            staged = await StageCopyAsync(content, target, cancellationToken);
            if (staged.Value.Sha256 != sha256)
            {
                DeleteIfExists(staged.Value.TempPath);
                throw new InvalidDataException(
                    $"The scratch file for {container}/{name} has sha256 {staged.Value.Sha256}, not the {sha256} its writer computed: it changed after it was written. Nothing was stored.");
            }
        }

        return await CommitCreateAsync(container, name, staged.Value, target, cancellationToken);
    }

    /// <summary>Publishes a staged file create-only, or finds the same content already there; removes the staged file either way.</summary>
    private async Task<CreateOutcome> CommitCreateAsync(string container, string name, Staged staged, string target, CancellationToken cancellationToken)
    {
        try
        {
            await using (await AcquireWriteLockAsync(cancellationToken))
            {
                var existing = await DescribeAsync(container, name, new FileInfo(target), cancellationToken);
                if (existing is null)
                {
                    Commit(container, name, staged, target, overwrite: false);
                    return CreateOutcome.Created;
                }

                return existing.Sha256 == staged.Sha256
                    ? CreateOutcome.AlreadyExists
                    : throw new StorageConflictException(
                        $"{container}/{name} already exists with other content (sha256 {existing.Sha256}, not {staged.Sha256}) in {Description}.");
            }
        }
        finally
        {
            DeleteIfExists(staged.TempPath);
        }
    }

    /// <inheritdoc />
    public async Task<string> WriteIfMatchAsync(
        string container, string name, ReadOnlyMemory<byte> content, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var target = BlobPath(container, name);
        var staged = await StageAsync(
            target,
            async destination =>
            {
                await destination.WriteAsync(content, cancellationToken);
                return ContentHash.Of(content.Span);
            },
            cancellationToken);
        try
        {
            await using (await AcquireWriteLockAsync(cancellationToken))
            {
                var current = await DescribeAsync(container, name, new FileInfo(target), cancellationToken);
                if (current?.ETag != ifMatch)
                {
                    var expected = ifMatch is null ? "no blob" : $"ETag {ifMatch}";
                    var found = current is null ? "none" : $"ETag {current.ETag}";
                    throw new StorageConflictException($"{container}/{name} changed in {Description}: expected {expected}, found {found}.");
                }

                Commit(container, name, staged, target, overwrite: true);
                return ETagOf(staged.Sha256);
            }
        }
        finally
        {
            DeleteIfExists(staged.TempPath);
        }
    }

    /// <inheritdoc />
    public async Task WriteAsync(string container, string name, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = BlobPath(container, name);
        var staged = await StageCopyAsync(content, target, cancellationToken);
        try
        {
            await using (await AcquireWriteLockAsync(cancellationToken))
            {
                Commit(container, name, staged, target, overwrite: true);
            }
        }
        finally
        {
            DeleteIfExists(staged.TempPath);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Where the file system allows, the copy is a hard link to the source's file, so a copy of any size is
    /// immediate and takes no space. That is safe because this store never changes a file in place: every
    /// write renames a new file over the name, and a delete removes one name only. Elsewhere the file is copied.
    /// </remarks>
    public async Task<bool> CopyAsync(string container, string sourceName, string targetName, CancellationToken cancellationToken = default)
    {
        var source = BlobPath(container, sourceName);
        var target = BlobPath(container, targetName);
        if ((await TryLinkAsync(container, sourceName, source, target, cancellationToken) ?? await TryStageCopyAsync(source, target, cancellationToken))
            is not { } staged)
        {
            return false;
        }

        try
        {
            await using (await AcquireWriteLockAsync(cancellationToken))
            {
                var current = await DescribeAsync(container, targetName, new FileInfo(target), cancellationToken);
                if (current?.Sha256 != staged.Sha256)
                {
                    Commit(container, targetName, staged, target, overwrite: true);
                }
            }

            return true;
        }
        finally
        {
            DeleteIfExists(staged.TempPath);
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        var target = BlobPath(container, name);

        // Under the write lock, so a delete cannot fall between a conditional write's compare and its rename.
        await using (await AcquireWriteLockAsync(cancellationToken))
        {
            DeleteIfExists(target);
            DeleteIfExists(HashRecordPath(container, name));
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Every write stages its file under a temporary name (<c>.regioscan-tmp-*</c>) in the target's folder, or in
    /// <c>.regioscan/hashes/</c> for a hash record, and renames it into place; a killed process leaves it there, hidden from
    /// <see cref="ListAsync"/>. A temporary name being written is younger than any sensible <paramref name="minimumAge"/>,
    /// but one made by <see cref="CopyAsync"/> is a link to the source and carries the source's time until its rename, so
    /// no copy may run meanwhile.
    /// </remarks>
    public Task<int> RemoveLeftoversAsync(TimeSpan minimumAge, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        if (!Directory.Exists(Root))
        {
            return Task.FromResult(removed);
        }

        var olderThan = DateTime.UtcNow - minimumAge;
        foreach (var file in new DirectoryInfo(Root).EnumerateFiles(TempPrefix + "*", Recursive))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (file.LastWriteTimeUtc < olderThan)
                {
                    file.Delete();
                    removed++;
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Renamed into place or removed meanwhile, or another user's: not ours to clean up.
            }
        }

        return Task.FromResult(removed);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The lock is the file <c>system/locks/{lockName}</c> opened exclusively; the operating system
    /// releases it when the holding process ends, however it ends.
    /// </remarks>
    public async Task<IDistributedLock> AcquireLockAsync(string lockName, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        BlobNames.ValidateName(lockName, nameof(lockName));
        var path = BlobPath(Containers.System, "locks/" + lockName);
        return await LocalFileLock.AcquireAsync(
            path,
            wait,
            TimeSpan.FromMilliseconds(50),
            TimeSpan.FromSeconds(1),
            elapsed => $"The lock '{lockName}' ({path}) is held by another process; gave up after {elapsed.TotalSeconds:0.#} s. " +
                "Let the other run finish (the lock is released when that process exits, even if it crashed) and try again.",
            cancellationToken);
    }

    /// <summary>The runtime's switch that turns <see cref="FileShare.None"/> into a no-op on Unix.</summary>
    private static bool FileLockingDisabled()
    {
        if (AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled))
        {
            return disabled;
        }

        var variable = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING");
        return variable is not null && (variable == "1" || variable.Equals("true", StringComparison.OrdinalIgnoreCase));
    }

    private static string ETagOf(string sha256) => $"\"{sha256}\"";

    private static string ToPath(string name) => name.Replace('/', Path.DirectorySeparatorChar);

    private static bool IsTemporary(string path) => Path.GetFileName(path).StartsWith(BlobNames.ReservedSegmentPrefix, StringComparison.Ordinal);

    private static FileStream? TryOpenRead(string path)
    {
        try
        {
            // FileShare.Delete lets writers rename a new version over a file that is being read (Windows).
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            // A folder, not a blob (it holds blobs whose names continue this one).
            return null;
        }
    }

    private static void DeleteIfExists(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing to delete.
        }
    }

    private string BlobPath(string container, string name)
    {
        BlobNames.ValidateContainer(container);
        BlobNames.ValidateName(name);
        var containerFolder = Path.Combine(Root, container) + Path.DirectorySeparatorChar;
        var path = Path.GetFullPath(Path.Combine(containerFolder, ToPath(name)));

        // The name rules already exclude this; the check stays so no future rule change can open a way out.
        if (!path.StartsWith(containerFolder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The blob name '{name}' leads outside the container.", nameof(name));
        }

        return path;
    }

    private string HashRecordPath(string container, string name)
    {
        // Named by a hash of the blob name: flat, collision-free, and independent of the blob's folders.
        var key = ContentHash.Of(Encoding.UTF8.GetBytes(name));
        return Path.Combine(Root, BookkeepingFolder, "hashes", container, key[..2], key);
    }

    private Task<LocalFileLock> AcquireWriteLockAsync(CancellationToken cancellationToken) =>
        LocalFileLock.AcquireAsync(
            Path.Combine(Root, BookkeepingFolder, "write.lock"),
            WriteLockWait,
            TimeSpan.FromMilliseconds(2),
            TimeSpan.FromMilliseconds(50),
            elapsed => $"The write lock of {Description} stayed taken for {elapsed.TotalSeconds:0} s; is a process hanging while writing?",
            cancellationToken);

    private async Task<StoredBlob?> DescribeAsync(string container, string name, FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            return null;
        }

        var record = HashRecord.TryRead(HashRecordPath(container, name));
        string? sha256;
        if (record is not null && record.Describes(file))
        {
            sha256 = record.Sha256;
        }
        else if (file.Length == 0)
        {
            // Also keeps held lock files (empty, opened exclusively) describable without opening them.
            sha256 = ContentHash.Empty;
        }
        else
        {
            var hashedAt = DateTime.UtcNow;
            await using (var stream = TryOpenRead(file.FullName))
            {
                if (stream is null)
                {
                    return null;
                }

                sha256 = await ContentHash.OfAsync(stream, cancellationToken);
            }

            RecordForeignHash(container, name, file, sha256, hashedAt);
        }

        return new StoredBlob(container, name, file.Length, ETagOf(sha256), sha256, new DateTimeOffset(file.LastWriteTimeUtc));
    }

    private static async Task<Staged> StageAsync(string target, Func<Stream, Task<string>> write, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);

        // In the target's own folder, so the final rename stays on one file system and is atomic.
        var temp = TempPathIn(folder);
        try
        {
            string sha256;
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                sha256 = await write(stream);
                await stream.FlushAsync(cancellationToken);

                // On disk before the rename publishes it, so a power cut cannot leave a renamed but empty file.
                stream.Flush(flushToDisk: true);
            }

            return new Staged(temp, sha256);
        }
        catch
        {
            DeleteIfExists(temp);
            throw;
        }
    }

    /// <summary>The rest of <paramref name="content"/> copied and hashed into a temporary file beside the target.</summary>
    private static Task<Staged> StageCopyAsync(Stream content, string target, CancellationToken cancellationToken) =>
        StageAsync(target, destination => ContentHash.CopyAndHashAsync(content, destination, cancellationToken), cancellationToken);

    private static string TempPathIn(string folder) => Path.Combine(folder, TempPrefix + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// The source linked under a temporary name beside the target, described by the source's hash record (one file,
    /// so the record describes both); null where the file system cannot link or the source is missing.
    /// </summary>
    private async Task<Staged?> TryLinkAsync(string container, string sourceName, string source, string target, CancellationToken cancellationToken)
    {
        if (LinkBeside(source, target) is not { } temp)
        {
            return null;
        }

        try
        {
            var linked = await DescribeAsync(container, sourceName, new FileInfo(temp), cancellationToken);
            return new Staged(temp, linked?.Sha256 ?? throw new IOException($"The link {temp} to {source} vanished while it was hashed."));
        }
        catch
        {
            DeleteIfExists(temp);
            throw;
        }
    }

    /// <summary>
    /// A scratch file linked under a temporary name beside the target, with its writer's buffer out and its bytes on
    /// disk before the rename publishes it (a power cut cannot leave a named but empty file), and its pages left to the
    /// kernel to reuse (<see cref="PageCache"/>: what the store keeps is seldom read again by this process); null where the content
    /// is not a file or the file system cannot link it (another file system, Windows), and then nothing was flushed
    /// to disk: the copy that follows is.
    /// </summary>
    private static Staged? TryLinkScratch(Stream content, string target, string sha256)
    {
        var file = content switch
        {
            FileStream stream => stream,
            FlushAheadFileStream ahead => ahead.File,
            _ => null,
        };
        if (file is not { CanWrite: true } || LinkBeside(file.Name, target) is not { } temp)
        {
            return null;
        }

        file.Flush(flushToDisk: true);
        PageCache.Drop(file.SafeFileHandle, file.Length);
        return new Staged(temp, sha256);
    }

    /// <summary>
    /// A hard link to <paramref name="existing"/> under a temporary name in the target's folder, for the rename that
    /// publishes it; null where the file system cannot link (another file system, Windows) or the file is missing.
    /// </summary>
    private static string? LinkBeside(string existing, string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temp = TempPathIn(folder);
        return HardLink.TryCreate(existing, temp) ? temp : null;
    }

    /// <summary>The source copied and hashed into a temporary file beside the target, as every write stages; null when it is missing.</summary>
    private static async Task<Staged?> TryStageCopyAsync(string source, string target, CancellationToken cancellationToken)
    {
        await using var content = TryOpenRead(source);
        return content is null
            ? null
            : await StageCopyAsync(content, target, cancellationToken);
    }

    /// <summary>Publishes a staged file; the caller holds the write lock.</summary>
    private void Commit(string container, string name, Staged staged, string target, bool overwrite)
    {
        var temp = new FileInfo(staged.TempPath);
        var current = new FileInfo(target);
        if (current.Exists && current.Length == temp.Length && current.LastWriteTimeUtc == temp.LastWriteTimeUtc)
        {
            // Same size within one tick of a coarse file-system clock: move the time on, so a hash record
            // can never be mistaken for the record of the file it replaces.
            File.SetLastWriteTimeUtc(temp.FullName, temp.LastWriteTimeUtc.AddTicks(1));
            temp.Refresh();
        }

        // The record first: if we crash before the rename, it describes a file that is not there and is ignored.
        WriteHashRecord(HashRecordPath(container, name), HashRecord.For(staged.Sha256, temp));
        File.Move(temp.FullName, target, overwrite);
    }

    /// <summary>
    /// Records the hash of a file another program put in the folder, so that describing it again (every
    /// <c>regioscan process</c> lists every upload ever made) reads the record instead of hashing the file again.
    /// Only a file that was last changed well before it was hashed and did not change while it was: a file
    /// rewritten within the same tick of a coarse file-system clock (FAT's is 2 s) could otherwise keep its length
    /// and time with new content, and the record would describe the wrong bytes (git's index has the same rule for
    /// "racily clean" entries). Best effort: a store that cannot be written (read-only, another user's) is read as before.
    /// </summary>
    private void RecordForeignHash(string container, string name, FileInfo file, string sha256, DateTime hashedAt)
    {
        var before = HashRecord.For(sha256, file);
        file.Refresh();
        if (!file.Exists || !before.Describes(file) || file.LastWriteTimeUtc > hashedAt - ForeignHashSettle)
        {
            return;
        }

        try
        {
            WriteHashRecord(HashRecordPath(container, name), before);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not recorded; the file is hashed again next time.
        }
    }

    private static void WriteHashRecord(string path, HashRecord record)
    {
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = TempPathIn(folder);
        try
        {
            File.WriteAllText(temp, record.Format());
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            DeleteIfExists(temp);
            throw;
        }
    }

    private readonly record struct Staged(string TempPath, string Sha256);
}
