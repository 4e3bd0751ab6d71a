using Microsoft.Win32.SafeHandles;

namespace Regioscan.Storage;

/// <summary>
/// A file of the store opened for reading that, as it is read from the start, tells the kernel every
/// <see cref="Stride"/> bytes that the pages behind it will not be read again soon (<see cref="PageCache.Drop"/>), so
/// that the pages read next reuse them instead of taking memory the kernel has not used for a while.
/// </summary>
/// <remarks>
/// The pipeline reads a store's files once, from start to end (a publish reads every province's staged scan, and the
/// previous release's). Only advice: a range read again comes from disk. Reading it elsewhere (a seek back) is served
/// as before, and the advice goes on from the furthest point read.
/// </remarks>
internal sealed class DropBehindStream(FileStream file) : Stream
{
    /// <summary>The bytes read between two pieces of advice.</summary>
    public const long Stride = 16L << 20;

    private readonly SafeFileHandle _handle = file.SafeFileHandle;
    private long _dropped;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => file.CanSeek;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => file.Length;

    /// <inheritdoc />
    public override long Position
    {
        get => file.Position;
        set => file.Position = value;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => AfterRead(file.Read(buffer, offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer) => AfterRead(file.Read(buffer));

    /// <inheritdoc />
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        AfterRead(await file.ReadAsync(buffer.AsMemory(offset, count), cancellationToken));

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        AfterRead(await file.ReadAsync(buffer, cancellationToken));

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }

    private int AfterRead(int read)
    {
        // The file's own buffer may hold bytes past the position; the advice stops at the position's page, behind them.
        var position = file.Position;
        if (position - _dropped >= Stride)
        {
            _dropped = position;
            PageCache.Drop(_handle, position);
        }

        return read;
    }
}
