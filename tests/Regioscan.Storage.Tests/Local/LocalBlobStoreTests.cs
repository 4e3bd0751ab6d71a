using System.Text;
using Regioscan.Core.Storage;
using Regioscan.Storage.Local;
using Regioscan.Storage.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Storage.Tests.Local;

/// <summary>The contract on a temporary folder, plus what only a folder can get wrong.</summary>
public sealed class LocalBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly TempDirectory _folder = new("local-store");

    protected override Task<IBlobStore> CreateStoreAsync() => Task.FromResult<IBlobStore>(new LocalBlobStore(_folder.Combine("data")));

    protected override Task<IBlobStore> CreateOtherStoreAsync() => Task.FromResult<IBlobStore>(new LocalBlobStore(_folder.Combine("data")));

    protected override string ScratchFolder => new LocalBlobStore(_folder.Combine("data")).ScratchFolder;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_scratch_file_in_the_stores_scratch_folder_is_linked_into_place_not_copied()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No link there: the store copies the file (covered by the contract's tests).
        }

        var content = new byte[1 << 20];
        Random.Shared.NextBytes(content);
        await using var scratch = (FileStream)ScratchWith(content);
        scratch.Flush();
        File.SetLastWriteTimeUtc(scratch.Name, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        await Store.CreateFromScratchAsync(Containers.Releases, "v1/big.bin", scratch, Sha(content));

        // A linked file is the same file: it has the scratch file's (here back-dated) time; a copied one would not.
        var stored = _folder.Combine("data", "releases", "v1", "big.bin");
        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), File.GetLastWriteTimeUtc(stored));
        Assert.Equal(content, await File.ReadAllBytesAsync(stored));
        Assert.Equal(Sha(content), (await OtherStore.GetAsync(Containers.Releases, "v1/big.bin"))!.Sha256);
    }

    [Fact]
    public async Task A_file_for_the_store_flushed_ahead_while_written_is_linked_into_place_whole()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No link there: the store copies the file.
        }

        var content = new byte[1 << 20];
        Random.Shared.NextBytes(content);
        var scratchSpace = new TempFileScratchSpace(ScratchFolder, flushAhead: true, flushAheadBytes: 64 << 10);
        await using var scratch = Assert.IsType<FlushAheadFileStream>(scratchSpace.CreateForStore());
        for (var at = 0; at < content.Length; at += 4096)
        {
            // Both ways writers write: a stream copy asynchronously, the staged lines synchronously.
            if (at % 8192 == 0)
            {
                await scratch.WriteAsync(content.AsMemory(at, 4096));
            }
            else
            {
                scratch.Write(content.AsSpan(at, 4096));
            }
        }

        Assert.InRange(scratch.FlushesStarted, 1, content.Length / (64 << 10));
        await scratch.FlushAsync();
        File.SetLastWriteTimeUtc(scratch.File.Name, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        await Store.CreateFromScratchAsync(Containers.Releases, "v1/ahead.bin", scratch, Sha(content));

        var stored = _folder.Combine("data", "releases", "v1", "ahead.bin");
        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), File.GetLastWriteTimeUtc(stored));
        Assert.Equal(content, await File.ReadAllBytesAsync(stored));
    }

    [Fact]
    public async Task A_file_for_the_store_is_out_of_the_kernels_cache_once_it_is_stored()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The advice is Linux's (posix_fadvise).
        }

        // Written once and not read again by the pipeline (a release file, a staged scan): once it is on disk its pages
        // are given back, so a 1 GB release does not take 1 GB of other files' cache.
        var content = new byte[4 << 20];
        Random.Shared.NextBytes(content);
        var scratchSpace = new TempFileScratchSpace(ScratchFolder, flushAhead: true, flushAheadBytes: 64 << 20);
        await using var scratch = Assert.IsType<FlushAheadFileStream>(scratchSpace.CreateForStore());
        await scratch.WriteAsync(content);
        Assert.Equal(0, scratch.FlushesStarted);

        await Store.CreateFromScratchAsync(Containers.Releases, "v1/cold.bin", scratch, Sha(content));

        var stored = _folder.Combine("data", "releases", "v1", "cold.bin");
        Assert.InRange(PageResidency.Of(stored, 0, content.Length), 0, 0.1);
        Assert.Equal(content, await File.ReadAllBytesAsync(stored));
    }

    [Fact]
    public async Task A_file_read_from_the_start_leaves_what_is_behind_it_out_of_the_kernels_cache()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The advice is Linux's (posix_fadvise).
        }

        // A publish reads every staged scan once, start to end: the pages behind the reader are given back as it goes,
        // so that the next pages read reuse them.
        const int Stride = (int)DropBehindStream.Stride;
        var content = new byte[(3 * Stride) + 12_345];
        Random.Shared.NextBytes(content);
        await Store.CreateAsync(Containers.Scans, "PV20/u1/activities.jsonl", new MemoryStream(content));
        var stored = _folder.Combine("data", "scans", "PV20", "u1", "activities.jsonl");
        Assert.Equal(content, await File.ReadAllBytesAsync(stored)); // now in the cache
        Assert.InRange(PageResidency.Of(stored, 0, Stride), 0.9, 1);

        await using var reading = (await Store.OpenReadAsync(Containers.Scans, "PV20/u1/activities.jsonl"))!;
        var read = new byte[content.Length];
        var at = 0;
        while (at < 2 * Stride)
        {
            at += await reading.ReadAsync(read.AsMemory(at, 64 << 10));
        }

        Assert.InRange(PageResidency.Of(stored, 0, Stride), 0, 0.1);
        Assert.InRange(PageResidency.Of(stored, 2 * Stride, Stride), 0.9, 1); // ahead of the reader: kept
        await reading.ReadExactlyAsync(read.AsMemory(at));
        Assert.Equal(content, read);
        Assert.Equal(0, await reading.ReadAsync(new byte[1]));
    }

    [Fact]
    public async Task A_scratch_file_on_another_file_system_is_copied_and_must_match_its_writers_hash()
    {
        // /dev/shm is a memory file system: a link from it into the store fails, so the store copies.
        const string OtherFileSystem = "/dev/shm";
        if (!Directory.Exists(OtherFileSystem))
        {
            return;
        }

        using var elsewhere = new TempDirectory("scratch", OtherFileSystem);
        var scratchSpace = new TempFileScratchSpace(elsewhere.FullPath);
        await using (var scratch = scratchSpace.Create())
        {
            scratch.Write(Bytes("copied across"));
            Assert.Equal(CreateOutcome.Created, await Store.CreateFromScratchAsync(Containers.Scans, "PV20/u1/raw.csv", scratch, Sha(Bytes("copied across"))));
        }

        await using (var changed = scratchSpace.Create())
        {
            changed.Write(Bytes("not what was hashed"));
            var refused = await Assert.ThrowsAsync<InvalidDataException>(
                () => Store.CreateFromScratchAsync(Containers.Scans, "PV20/u2/raw.csv", changed, Sha(Bytes("what was hashed"))));
            Assert.Contains("changed after it was written", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal("copied across", Encoding.UTF8.GetString((await Store.ReadAsync(Containers.Scans, "PV20/u1/raw.csv"))!.Content.Span));
        Assert.Null(await Store.GetAsync(Containers.Scans, "PV20/u2/raw.csv"));
        Assert.Equal(
            [_folder.Combine("data", "scans", "PV20", "u1", "raw.csv")],
            Directory.EnumerateFiles(_folder.Combine("data", "scans", "PV20"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Containers_are_folders_and_blob_names_are_paths_in_them()
    {
        await Store.CreateAsync(Containers.Scans, "PV20/u1/scan.csv", new MemoryStream(Bytes("x")));

        Assert.Equal("x", await File.ReadAllTextAsync(_folder.Combine("data", "scans", "PV20", "u1", "scan.csv")));
        foreach (var container in Containers.All)
        {
            Assert.True(Directory.Exists(_folder.Combine("data", container)), container);
        }
    }

    [Fact]
    public async Task No_name_reaches_outside_the_store_folder()
    {
        foreach (var name in new[] { "../escaped.txt", "../../escaped.txt", "PV20/../../escaped.txt", "/tmp/escaped.txt" })
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.WriteAsync(Containers.Scans, name, new MemoryStream(Bytes("x"))));
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.WriteAsync("..", name, new MemoryStream(Bytes("x"))));
        }

        Assert.Empty(Directory.EnumerateFiles(_folder.FullPath, "escaped.txt", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_folder.FullPath)!, "escaped.txt")));
    }

    [Fact]
    public async Task Writes_leave_no_temporary_files_behind()
    {
        await Store.CreateAsync(Containers.Releases, "v1/a.csv", new MemoryStream(Bytes("a")));
        await Store.CreateAsync(Containers.Releases, "v1/a.csv", new MemoryStream(Bytes("a")));
        await Assert.ThrowsAsync<StorageConflictException>(() => Store.CreateAsync(Containers.Releases, "v1/a.csv", new MemoryStream(Bytes("b"))));
        var etag = await Store.WriteIfMatchAsync(Containers.Releases, "latest.json", Bytes("1"), null);
        await Assert.ThrowsAsync<StorageConflictException>(() => Store.WriteIfMatchAsync(Containers.Releases, "latest.json", Bytes("2"), "\"stale\""));
        await Store.WriteIfMatchAsync(Containers.Releases, "latest.json", Bytes("2"), etag);
        await Store.WriteAsync(Containers.Releases, "latest/a.csv", new MemoryStream(Bytes("a")));
        await Store.CopyAsync(Containers.Releases, "v1/a.csv", "latest/b.csv");
        await Store.CopyAsync(Containers.Releases, "v1/missing.csv", "latest/c.csv");

        var files = Directory.EnumerateFiles(_folder.Combine("data", "releases"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_folder.Combine("data", "releases"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(["latest.json", "latest/a.csv", "latest/b.csv", "v1/a.csv"], files);
    }

    [Fact]
    public async Task Temporary_files_a_killed_process_left_are_removed_once_old_and_those_of_a_write_in_progress_are_not()
    {
        await Store.CreateAsync(Containers.Releases, "v1/a.csv", new MemoryStream(Bytes("a")));
        var old = new[]
        {
            _folder.Combine("data", "releases", "v1", ".regioscan-tmp-0123456789abcdef0123456789abcdef"),
            _folder.Combine("data", "releases", ".regioscan-tmp-1123456789abcdef0123456789abcdef"),
            _folder.Combine("data", "scans", "PV20", "01c9f02c5c7c3f1d", ".regioscan-tmp-2123456789abcdef0123456789abcdef"),
            _folder.Combine("data", ".regioscan", "hashes", "releases", "ab", ".regioscan-tmp-3123456789abcdef0123456789abcdef"),
        };
        var young = _folder.Combine("data", "releases", "v1", ".regioscan-tmp-4123456789abcdef0123456789abcdef");
        foreach (var path in old.Append(young))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, "partial");
        }

        foreach (var path in old)
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-2));
        }

        Assert.Equal(4, await Store.RemoveLeftoversAsync(TimeSpan.FromHours(1)));

        Assert.All(old, path => Assert.False(File.Exists(path), path));
        Assert.True(File.Exists(young));
        Assert.True(File.Exists(_folder.Combine("data", "releases", "v1", "a.csv")));
        Assert.Equal(0, await Store.RemoveLeftoversAsync(TimeSpan.FromHours(1)));
    }

    [Fact]
    public async Task A_copy_shares_the_source_file_where_the_file_system_links()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No link there: the store copies the file (covered by the contract's copy tests).
        }

        var content = new byte[1 << 20];
        Random.Shared.NextBytes(content);
        await Store.CreateAsync(Containers.Releases, "v1/big.bin", new MemoryStream(content));
        File.SetLastWriteTimeUtc(_folder.Combine("data", "releases", "v1", "big.bin"), new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        await Store.CopyAsync(Containers.Releases, "v1/big.bin", "latest/big.bin");

        // A linked file is the same file: it has the source's (here back-dated) time; a copied one would not.
        Assert.Equal(
            new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            File.GetLastWriteTimeUtc(_folder.Combine("data", "releases", "latest", "big.bin")));
        Assert.Equal(content, await File.ReadAllBytesAsync(_folder.Combine("data", "releases", "latest", "big.bin")));
        Assert.Equal(Sha(content), (await Store.GetAsync(Containers.Releases, "latest/big.bin"))!.Sha256);
    }

    [Fact]
    public async Task A_file_another_program_put_in_the_folder_is_listed_with_its_real_hash_and_can_be_replaced_if_matched()
    {
        var path = _folder.Combine("data", "uploads", "PV20", "scan.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "dropped by hand");

        var listed = Assert.Single(await Store.ListAsync(Containers.Uploads).ToListAsync());
        Assert.Equal(("PV20/scan.csv", Sha(Bytes("dropped by hand"))), (listed.Name, listed.Sha256));
        Assert.Equal(listed.ETag, (await Store.ReadAsync(Containers.Uploads, "PV20/scan.csv"))!.ETag);
        Assert.Equal(CreateOutcome.AlreadyExists, await Store.CreateAsync(Containers.Uploads, "PV20/scan.csv", new MemoryStream(Bytes("dropped by hand"))));

        await Store.WriteIfMatchAsync(Containers.Uploads, "PV20/scan.csv", Bytes("replaced"), listed.ETag);
        Assert.Equal("replaced", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task A_settled_file_another_program_put_in_the_folder_is_hashed_once_and_its_record_used_while_it_matches()
    {
        var written = DateTime.UtcNow.AddHours(-1);
        var path = await PutUploadByHandAsync("dropped an hour ago", written);

        Assert.Equal(Sha(Bytes("dropped an hour ago")), Assert.Single(await Store.ListAsync(Containers.Uploads).ToListAsync()).Sha256);

        // Same length, same time, other bytes: only the record can answer with the first hash, so it was recorded and used.
        await PutUploadByHandAsync("DROPPED AN HOUR AGO", written);
        Assert.Equal(Sha(Bytes("dropped an hour ago")), (await Store.GetAsync(Containers.Uploads, "PV20/scan.csv"))!.Sha256);

        // A real edit moves the time on: the record no longer describes the file, which is hashed again.
        File.SetLastWriteTimeUtc(path, written.AddMinutes(30));
        Assert.Equal(Sha(Bytes("DROPPED AN HOUR AGO")), (await Store.GetAsync(Containers.Uploads, "PV20/scan.csv"))!.Sha256);
        await PutUploadByHandAsync("and edited again, longer", written.AddMinutes(30));
        Assert.Equal(Sha(Bytes("and edited again, longer")), (await Store.GetAsync(Containers.Uploads, "PV20/scan.csv"))!.Sha256);
    }

    [Fact]
    public async Task Listing_entries_reads_no_file_so_a_new_upload_is_hashed_first_when_it_is_described()
    {
        var written = DateTime.UtcNow.AddHours(-1);
        await PutUploadByHandAsync("dropped an hour ago", written);

        var entry = Assert.Single(await Store.ListEntriesAsync(Containers.Uploads).ToListAsync());
        Assert.Equal(("PV20/scan.csv", 19L, new DateTimeOffset(written)), (entry.Name, entry.Length, entry.LastModified));

        // Had the listing hashed the file, it would have recorded that hash (a settled file: see the test above), and
        // other bytes of the same length and time would be described by it. Nothing was read, so they are hashed now.
        await PutUploadByHandAsync("DROPPED AN HOUR AGO", written);
        Assert.Equal(Sha(Bytes("DROPPED AN HOUR AGO")), (await Store.GetAsync(Containers.Uploads, "PV20/scan.csv"))!.Sha256);
    }

    [Fact]
    public async Task A_file_changed_less_than_two_seconds_before_it_is_hashed_is_not_recorded()
    {
        // A coarse file-system clock could give a rewrite the same length and time: such a file is hashed every time.
        // (Its time is set ahead of ours, as a network share's clock can be, so the test cannot depend on its own speed.)
        var time = DateTime.UtcNow.AddMinutes(1);
        await PutUploadByHandAsync("still being written", time);

        Assert.Equal(Sha(Bytes("still being written")), (await Store.GetAsync(Containers.Uploads, "PV20/scan.csv"))!.Sha256);

        await PutUploadByHandAsync("STILL BEING WRITTEN", time);
        Assert.Equal(Sha(Bytes("STILL BEING WRITTEN")), (await Store.GetAsync(Containers.Uploads, "PV20/scan.csv"))!.Sha256);
    }

    [Fact]
    public async Task A_hash_record_that_no_longer_matches_its_file_is_not_reported()
    {
        await Store.CreateAsync(Containers.Scans, "PV20/scan.csv", new MemoryStream(Bytes("original")));
        var path = _folder.Combine("data", "scans", "PV20", "scan.csv");

        // Another program edits the file in place: the recorded hash is stale now.
        await File.WriteAllTextAsync(path, "edited by someone else");

        var blob = await Store.GetAsync(Containers.Scans, "PV20/scan.csv");
        Assert.Equal(Sha(Bytes("edited by someone else")), blob!.Sha256);
        await Assert.ThrowsAsync<StorageConflictException>(() => Store.CreateAsync(Containers.Scans, "PV20/scan.csv", new MemoryStream(Bytes("original"))));
    }

    [Fact]
    public async Task A_lock_whose_holder_died_is_free_again()
    {
        var lockFile = _folder.Combine("data", "system", "locks", "publish");
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);

        // What a running holder has: the lock file open exclusively. Closing the handle is what the
        // operating system does when that process dies, however it dies.
        var holder = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => Store.AcquireLockAsync("publish", TimeSpan.FromMilliseconds(200)));
        Assert.Contains(lockFile, timeout.Message, StringComparison.Ordinal);
        await holder.DisposeAsync();

        await using var taken = await Store.AcquireLockAsync("publish", TimeSpan.Zero);
        Assert.False(taken.Lost.CanBeCanceled);
    }

    [Fact]
    public async Task Reading_a_blob_while_it_is_replaced_gives_the_old_or_the_new_content_whole()
    {
        var old = Bytes(new string('o', 300_000));
        var replacement = Bytes(new string('n', 200_000));
        await Store.WriteAsync(Containers.Releases, "latest/big.csv", new MemoryStream(old));

        var reader = await Store.OpenReadAsync(Containers.Releases, "latest/big.csv");
        await OtherStore.WriteAsync(Containers.Releases, "latest/big.csv", new MemoryStream(replacement));

        Assert.Equal(old, await ReadAllAsync(reader!));
        Assert.Equal(replacement, (await Store.ReadAsync(Containers.Releases, "latest/big.csv"))!.Content.ToArray());
    }

    [Fact]
    public async Task A_name_that_is_a_folder_reads_as_missing()
    {
        await Store.CreateAsync(Containers.Scans, "PV20/u1/scan.csv", new MemoryStream(Bytes("x")));

        Assert.Null(await Store.GetAsync(Containers.Scans, "PV20/u1"));
        Assert.Null(await Store.OpenReadAsync(Containers.Scans, "PV20/u1"));
        Assert.Null(await Store.ReadAsync(Containers.Scans, "PV20/u1"));
        Assert.Equal("x", Encoding.UTF8.GetString((await Store.ReadAsync(Containers.Scans, "PV20/u1/scan.csv"))!.Content.Span));
    }

    [Fact]
    public void Description_names_the_folder()
    {
        Assert.Equal($"local folder {_folder.Combine("data")}", Store.Description);
    }

    /// <summary>
    /// Writes <paramref name="text"/> into the store's folder as another program would, as the upload
    /// <c>PV20/scan.csv</c>, with <paramref name="written"/> as its time of last write; returns its path.
    /// </summary>
    private async Task<string> PutUploadByHandAsync(string text, DateTime written)
    {
        var path = _folder.Combine("data", "uploads", "PV20", "scan.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, text);
        File.SetLastWriteTimeUtc(path, written);
        return path;
    }
}
