using Microsoft.Extensions.DependencyInjection;
using Regioscan.Core.Storage;
using Regioscan.Storage.Local;
using Regioscan.Storage.Tests.Support;
using Regioscan.Testing;

namespace Regioscan.Storage.Tests;

public sealed class TempFileScratchSpaceTests : IDisposable
{
    private readonly TempDirectory _folder = new("scratch-space");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_scratch_file_is_gone_when_its_stream_is_closed()
    {
        var scratch = new TempFileScratchSpace(_folder.FullPath);
        using (var stream = scratch.Create())
        {
            stream.WriteByte(1);
            Assert.Single(Directory.EnumerateFiles(_folder.FullPath));
        }

        Assert.Empty(Directory.EnumerateFiles(_folder.FullPath));
    }

    [Fact]
    public void Only_a_space_that_flushes_ahead_makes_files_for_the_store_that_do()
    {
        using (var plain = new TempFileScratchSpace(_folder.FullPath).CreateForStore())
        {
            Assert.IsType<FileStream>(plain);
        }

        using (var spool = new TempFileScratchSpace(_folder.FullPath, flushAhead: true).Create())
        {
            Assert.IsType<FileStream>(spool); // read back and thrown away: never worth a flush to disk
        }

        using (var ahead = new TempFileScratchSpace(_folder.FullPath, flushAhead: true).CreateForStore())
        {
            Assert.Equal(TempFileScratchSpace.FlushAheadBytes, Assert.IsType<FlushAheadFileStream>(ahead).Stride);
        }
    }

    [Fact]
    public async Task A_file_flushed_ahead_reads_back_whole_and_is_gone_when_closed()
    {
        var content = new byte[300_000];
        Random.Shared.NextBytes(content);
        var scratch = new TempFileScratchSpace(_folder.FullPath, flushAhead: true, flushAheadBytes: 10_000);

        await using (var stream = scratch.CreateForStore())
        {
            await stream.WriteAsync(content.AsMemory(0, 100_000));
            stream.Write(content, 100_000, 100_000);
            stream.Write(content.AsSpan(200_000, 99_999));
            stream.WriteByte(content[^1]);
            Assert.True(((FlushAheadFileStream)stream).FlushesStarted >= 1);

            stream.Position = 0;
            var read = new byte[content.Length];
            await stream.ReadExactlyAsync(read);
            Assert.Equal(content, read);
            Assert.Equal(content.Length, stream.Length);
        }

        Assert.Empty(Directory.EnumerateFiles(_folder.FullPath));
    }

    [Fact]
    public void A_file_flushed_ahead_leaves_what_is_on_disk_out_of_the_kernels_cache_while_it_is_written()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // The advice is Linux's (posix_fadvise); elsewhere the kernel keeps its own counsel.
        }

        const int Stride = 1 << 20;
        var chunk = new byte[64 << 10];
        Random.Shared.NextBytes(chunk);
        var scratch = new TempFileScratchSpace(_folder.FullPath, flushAhead: true, flushAheadBytes: Stride);
        using var stream = Assert.IsType<FlushAheadFileStream>(scratch.CreateForStore());

        // One flush runs at a time, so once a second has started the first is done, and its stride dropped.
        var written = 0L;
        while (stream.FlushesStarted < 2 && written < (512L << 20))
        {
            stream.Write(chunk);
            written += chunk.Length;
        }

        Assert.Equal(2, stream.FlushesStarted);
        Assert.InRange(PageResidency.Of(stream.File.Name, 0, Stride / 2), 0, 0.1);

        // The bytes are on disk, and read back whole.
        stream.Position = 0;
        var first = new byte[chunk.Length];
        stream.ReadExactly(first);
        Assert.Equal(chunk, first);
    }

    [Fact]
    public void Leftovers_of_a_killed_process_older_than_a_day_are_removed_and_nothing_else()
    {
        var old = _folder.Combine("regioscan-0123456789abcdef.tmp");
        var recent = _folder.Combine("regioscan-fedcba9876543210.tmp");
        var foreign = _folder.Combine("other-program.tmp");
        foreach (var file in new[] { old, recent, foreign })
        {
            File.WriteAllText(file, "x");
        }

        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(foreign, DateTime.UtcNow.AddDays(-2));
        File.SetLastWriteTimeUtc(recent, DateTime.UtcNow.AddHours(-1));

        var scratch = new TempFileScratchSpace(_folder.FullPath);
        Assert.True(File.Exists(old));
        scratch.Create().Dispose();

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(recent));
        Assert.True(File.Exists(foreign));
    }

    [Fact]
    public void Nothing_is_written_until_the_first_scratch_file_is_made()
    {
        // Commands that only read a store (perhaps a read-only copy) get a scratch space too, and must not write there.
        var folder = _folder.Combine("not-yet");

        var scratch = new TempFileScratchSpace(folder);
        Assert.False(Directory.Exists(folder));

        scratch.Create().Dispose();
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void The_pipeline_on_a_local_store_makes_its_scratch_files_in_the_stores_folder()
    {
        var root = _folder.Combine("store");
        using var services = new ServiceCollection().AddRegioscanPipeline(root).BuildServiceProvider();

        var scratch = Assert.IsType<TempFileScratchSpace>(services.GetRequiredService<IScratchSpace>());

        Assert.Equal(new LocalBlobStore(root).ScratchFolder, scratch.Folder);
        using (var forStore = scratch.CreateForStore())
        {
            // Linked into the store, which flushes it before publishing; copied on Windows, where the copy is flushed.
            Assert.IsType(OperatingSystem.IsWindows() ? typeof(FileStream) : typeof(FlushAheadFileStream), forStore);
        }

        Assert.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, scratch.Folder, StringComparison.Ordinal);
    }
}
