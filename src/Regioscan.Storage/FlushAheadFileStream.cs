using Microsoft.Win32.SafeHandles;

namespace Regioscan.Storage;

/// <summary>
/// A scratch file that sends its bytes to disk while it is being written: after every <see cref="Stride"/> bytes it
/// starts a flush to disk (<see cref="RandomAccess.FlushToDisk"/>) on a thread of its own, at most one at a time, and
/// goes on writing. The store's final flush before it publishes the file then waits only for the last bytes, instead
/// of for the whole file at the end of the work, when nothing else is left to overlap it with. Once a flush is done,
/// the kernel is told it need not keep the pages of what is on disk (<see cref="PageCache.Drop"/>): a file for the
/// store is written once and seldom read again by this process, and the next strides reuse those pages instead of
/// taking new ones (on the project's virtual machine, memory the kernel has not touched for a while costs several times
/// more to write into: in five alternating runs of the 1M <c>scale</c> benchmark, a whole <c>regioscan process</c> took
/// 0.7–6.0 s less processor time, median 33.5 against 37.1 s).
/// </summary>
/// <remarks>
/// <para>
/// The flushes ahead are a head start, not the guarantee: a failed one is ignored, and durability still comes from
/// the store's own flush to disk before it links the file in (<see cref="File"/>). Closing the stream waits for a
/// flush still running. A part read back after its pages were dropped (the raw upload that validation reads, a spool
/// copied in id order) comes from disk, whole.
/// </para>
/// <para>
/// A wrapper rather than a <see cref="FileStream"/> subclass: a derived <see cref="FileStream"/> sends its asynchronous
/// and span writes through <see cref="Stream"/>'s general fallbacks (a copy, or Begin/End), for every write.
/// </para>
/// </remarks>
internal sealed class FlushAheadFileStream : Stream
{
    private readonly SafeFileHandle _handle;
    private long _flushedFrom;
    private Task? _flushing;

    /// <summary>Wraps <paramref name="file"/>, a new, empty file.</summary>
    public FlushAheadFileStream(FileStream file, long stride)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        File = file;
        Stride = stride;

        // Taken once, while nothing is buffered: asking for it later flushes the write buffer.
        _handle = file.SafeFileHandle;
    }

    /// <summary>The file itself (the local store links it into place when it is stored).</summary>
    public FileStream File { get; }

    /// <summary>The bytes written between two flushes ahead.</summary>
    public long Stride { get; }

    /// <summary>How many flushes ahead were started (for tests).</summary>
    internal int FlushesStarted { get; private set; }

    /// <inheritdoc />
    public override bool CanRead => File.CanRead;

    /// <inheritdoc />
    public override bool CanSeek => File.CanSeek;

    /// <inheritdoc />
    public override bool CanWrite => File.CanWrite;

    /// <inheritdoc />
    public override long Length => File.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => File.Position;
        set => File.Position = value;
    }

    /// <inheritdoc />
    public override void Flush() => File.Flush();

    /// <inheritdoc />
    public override Task FlushAsync(CancellationToken cancellationToken) => File.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => File.Read(buffer, offset, count);

    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => File.Read(buffer);

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        File.ReadAsync(buffer, offset, count, cancellationToken);

    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        File.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc />
    public override int ReadByte() => File.ReadByte();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => File.Seek(offset, origin);

    /// <inheritdoc />
    public override void SetLength(long value) => File.SetLength(value);

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count)
    {
        File.Write(buffer, offset, count);
        AfterWrite();
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        File.Write(buffer);
        AfterWrite();
    }

    /// <inheritdoc />
    public override void WriteByte(byte value)
    {
        File.WriteByte(value);
        AfterWrite();
    }

    /// <inheritdoc />
    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        await File.WriteAsync(buffer.AsMemory(offset, count), cancellationToken);
        AfterWrite();
    }

    /// <inheritdoc />
    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        await File.WriteAsync(buffer, cancellationToken);
        AfterWrite();
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await (_flushing ?? Task.CompletedTask);
        await File.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _flushing?.GetAwaiter().GetResult();
            File.Dispose();
        }

        base.Dispose(disposing);
    }

    private void AfterWrite()
    {
        var position = File.Position;
        if (position - _flushedFrom < Stride || _flushing is { IsCompleted: false })
        {
            return;
        }

        _flushedFrom = position;
        FlushesStarted++;
        var onDisk = position;

        // A thread of its own: a flush blocks for as long as the disk takes, and the pool's few threads are the
        // ones encoding the release.
        _flushing = Task.Factory.StartNew(() => FlushToDisk(onDisk), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void FlushToDisk(long written)
    {
        try
        {
            RandomAccess.FlushToDisk(_handle);
            PageCache.Drop(_handle, written);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            // Only a head start: the store's final flush is the one that must succeed, and reports its own failure.
        }
    }
}
