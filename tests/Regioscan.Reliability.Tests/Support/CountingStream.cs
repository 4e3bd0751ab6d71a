namespace Regioscan.Reliability.Tests.Support;

/// <summary>A read-only view of a stream that counts the bytes read through it; optionally hides that it can seek.</summary>
internal sealed class CountingStream(Stream inner, bool seekable) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => seekable && inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => CanSeek ? inner.Length : throw new NotSupportedException();

    public override long Position
    {
        get => CanSeek ? inner.Position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        BytesRead += read;
        return read;
    }

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        BytesRead += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
